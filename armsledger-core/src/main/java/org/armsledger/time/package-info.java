/**
 * Times of supplies: expressions such as "in 2019", "in early November" or "earlier this year",
 * resolved deterministically against the document's own date, never the clock.
 */
package org.armsledger.time;
