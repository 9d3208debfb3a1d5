/**
 * Reading inputs into articles: the .txt convention (a title line, then the body), document dates
 * from a leading date line or a dateline, limits on size and content, and diagnostics for every
 * input that cannot be read.
 */
package org.armsledger.ingest;
