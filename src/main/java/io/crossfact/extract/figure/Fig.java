package io.crossfact.extract.figure;

import java.math.BigDecimal;

/** One number expression being read, filled in by the recognizers in turn. Token indexes are inclusive. */
final class Fig {
  static final String PEOPLE = "people";
  static final String PERCENT = "%";
  static final String PERCENTAGE_POINTS = "percentage points";
  static final String AGE = "age";
  static final String YEARS = "years";

  int qStart;
  int first;
  int last;
  BigDecimal value;
  BigDecimal high;
  double vagueLow;
  double vagueHigh;
  String qualifier = "";
  String unit = "";
  String currency = "";
  boolean percent;
  boolean hasScale;
  boolean spelled;
  boolean age;
  String compound = "";
  String subject = "";
  String predicate = "";
  String changeDirection = "";
  /** The class a tally recognizer gave the figure ({@link PersonTallyRecognizer}); "" lets the catalogue decide. */
  String klass = "";
  /** Whom that recognizer found the figure about; null lets {@link MetricClassRecognizer#about} decide. */
  String owner;
  /** Token after the counted noun phrase, when one follows the number. */
  int nounEnd;
}
