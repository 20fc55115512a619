package org.w3id.kamergraph.layout;

/**
 * A signature block: the signatory's title on a line of its own ({@code De Staatssecretaris van
 * Justitie en Veiligheid,}), the lines below it where the name stands, and the place and date line
 * ({@code Den Haag, 28 maart 2023}) that may precede the title.
 *
 * @param block the whole block, from the place and date line (if any) to the last line read
 * @param role the role word ({@code Staatssecretaris})
 * @param preposition {@code van} or {@code voor}
 * @param portfolio what follows the preposition on the title line, without a closing comma
 * @param below the lines after the title line that belong to the block, where the name stands
 */
public record Signature(
    Region block, Region role, Region preposition, Region portfolio, Region below) {}
