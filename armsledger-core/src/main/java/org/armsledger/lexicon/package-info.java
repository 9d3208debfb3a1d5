/**
 * The domain lexicon: actors, weapon systems, category head nouns, supply predicates and cues,
 * loaded once from versioned tab-separated data files and validated on load, and the gazetteer
 * that finds their mentions in text without any NLP model.
 */
package org.armsledger.lexicon;
