package org.armsledger.attribution;

import org.armsledger.text.Span;

/**
 * A quotation in a document.
 *
 * @param span from the opening to the closing quotation mark, both included
 * @param speaker the speaker's words as written near the quotation, or null when none was found
 * @param attribution the words that attribute it ("Kirby added"), or null
 */
public record Quote(Span span, String speaker, String attribution) {}
