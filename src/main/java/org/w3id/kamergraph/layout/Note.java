package org.w3id.kamergraph.layout;

/**
 * A footnote.
 *
 * @param number its number
 * @param start where its line (the number) starts
 * @param text its text on the first line (trailing whitespace may stand in an {@code XNoot} note)
 */
public record Note(int number, int start, Region text) {}
