/**
 * The reference stage, below extract: the lists and conventions every later stage reads, loaded
 * from the data files shipped on the class path. The {@link org.w3id.kamergraph.reference.Lexicon}
 * of ministries, posts and parties; the {@link org.w3id.kamergraph.reference.PersonRegister} of
 * persons with their terms; the {@link org.w3id.kamergraph.reference.Gazetteer} of named
 * programmes, reports and organisations; how Dutch names are written ({@link
 * org.w3id.kamergraph.reference.NameParser}) and slugged ({@link
 * org.w3id.kamergraph.reference.Slugs}). Depends on {@code model} only.
 */
package org.w3id.kamergraph.reference;
