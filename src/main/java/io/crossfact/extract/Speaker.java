package io.crossfact.extract;

/** Who said a quote and by which cue; {@code explicit} when a cue word in the quote's own sentence says so. */
final class Speaker {
  static final String NAMED = "named";
  static final String PRONOUN = "pronoun";
  static final String DESCRIPTION = "description";
  static final String ORGANIZATION = "organization";
  static final String TRANSCRIPT = "transcript";
  /**
   * A description that names nobody the article introduced ({@code said an Iowa Democrat}, {@code one senior aide
   * said}): the subject is the description itself, which tells a reader who spoke but is no one's name.
   */
  static final String UNNAMED = "unnamed";

  final String subject;
  final String kind;
  final String cue;
  final String lemma;
  final boolean explicit;
  /** Offsets of the attribution words (speaker and cue), to widen the quote's sentence context. */
  final int from;
  final int to;

  Speaker(String subject, String kind, String cue, String lemma, boolean explicit, int from, int to) {
    this.subject = subject;
    this.kind = kind;
    this.cue = cue;
    this.lemma = lemma;
    this.explicit = explicit;
    this.from = from;
    this.to = to;
  }

  Speaker inherited(int at) {
    return new Speaker(subject, kind, cue, lemma, false, at, at);
  }
}
