/**
 * Figure recognizers, one per kind of thing recognized (numbers, non-figures, units, qualifiers, what is counted and
 * its metric key, places and scope, periods, the typed class and subject of a figure, the event it belongs to, tallies
 * of a named person or team: records, times hit, career totals), run in a fixed order by {@link io.crossfact.extract.figure.FigureScan}
 * over the shared per-article state {@link io.crossfact.extract.figure.FigureText}; each is tested alone against a
 * spec file of cases under {@code src/test/resources/figures/specs/}.
 */
package io.crossfact.extract.figure;
