/**
 * The armsledger command line: {@code extract} (articles to claims, JSON Lines) and {@code bench}
 * (throughput against the plain CoreNLP pipeline). Commands return exit codes; data goes to
 * stdout or a file, diagnostics and summaries to stderr.
 */
package org.armsledger.cli;
