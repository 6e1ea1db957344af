/**
 * Cross-article comparison of assertions within one blocking group, producing findings with evidence.
 *
 * <p>Every comparer is a pure function of its group: no Spark, no I/O, no randomness, input order irrelevant;
 * findings come back de-duplicated by id and sorted by score, then id. Groups the Spark stages should form:
 * {@link io.crossfact.compare.QuoteComparer} by canonical speaker (drift) and by {@link
 * io.crossfact.compare.MinHasher} band of the quote words (misattribution); {@link
 * io.crossfact.compare.FigureComparer} by metric key; {@link io.crossfact.compare.RoleComparer} by person (the
 * surname is a safe key: first names are checked inside); {@link io.crossfact.compare.RepublicationDetector} by copy
 * cluster, singletons included (the event-date clue is single-article); {@link io.crossfact.compare.ExpertScorer}
 * by article. Where reprints show the same two versions, only the earliest pair of articles is reported, so a
 * finding's id moves only if an earlier report of the same versions turns up.
 */
package io.crossfact.compare;
