/**
 * The taxonomy of quote variants: two renderings of one utterance aligned word by word ({@link
 * io.crossfact.compare.variants.Alignment}), each difference classified by a catalogue of named rules ({@link
 * io.crossfact.compare.variants.VariantCatalogue}): benign variants (spelling, spoken forms, abbreviations, editorial
 * insertions, ...) and substantive changes (negation, modality, numbers, claim words, content words, roles).
 */
package io.crossfact.compare.variants;
