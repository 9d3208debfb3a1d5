/**
 * The adapter to Stanford CoreNLP: the only package that imports {@code edu.stanford.*}. It turns
 * CoreNLP's tokens and enhanced++ dependency graphs into the project's own {@code Sentence}
 * records, and runs the plain full CoreNLP pipeline for benchmark baselines.
 */
package org.armsledger.nlp;
