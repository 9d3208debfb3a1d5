package org.armsledger.claim;

/** The time of the supply as written, resolved against the document date where possible. */
public record TimeRef(String text, String start, String end) {}
