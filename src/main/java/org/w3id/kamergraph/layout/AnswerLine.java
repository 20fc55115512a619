package org.w3id.kamergraph.layout;

/**
 * The line that says who answered and when, {@code Antwoord van Minister X (…) (ontvangen …)}, or
 * who postponed the answer, {@code Mededeling van …}.
 *
 * @param notice true for a Mededeling (a postponement notice), false for an answer
 * @param label the word {@code Antwoord} or {@code Mededeling}
 * @param persons what stands between {@code van} and {@code (ontvangen}
 */
public record AnswerLine(boolean notice, Region label, Region persons) {}
