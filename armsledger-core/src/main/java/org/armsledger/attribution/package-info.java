/**
 * Who says so: quotations running over several sentences with their speaker, and the kind of a
 * source (official, media, expert, anonymous) from the words that describe it. Sentence-level
 * reported speech is read from the dependency graph in the extract package.
 */
package org.armsledger.attribution;
