package io.crossfact.extract;

/** A role stated for a person at one place in the text; {@code qualifier} is {@code former} for past roles. */
final class RoleMention {
  final Person person;
  final String value;
  final String qualifier;
  final int start;
  final int end;

  RoleMention(Person person, String value, String qualifier, int start, int end) {
    this.person = person;
    this.value = value;
    this.qualifier = qualifier;
    this.start = start;
    this.end = end;
  }
}
