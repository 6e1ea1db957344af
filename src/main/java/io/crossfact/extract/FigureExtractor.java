package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.extract.figure.FigureReader;
import io.crossfact.extract.figure.FigureSettings;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure assertions: the numbers an article states, with what they count, where and when.
 *
 * <p>For each number expression in the body ({@code 1,400}, {@code 1.4 million}, {@code $2.3bn}, {@code five
 * hundred}, {@code 12.5%}, {@code between 60,000 and 70,000}, {@code tens of thousands}, {@code his sixth visit}) it
 * emits {@code value} (plain decimal), {@code unit} ({@code people}, {@code %}, {@code percentage points}, a currency
 * code, a measure such as {@code km}; else empty), {@code qualifier} and the interval {@code low}/{@code high} it
 * implies, {@code subject} (the counted phrase as written), {@code predicate} (the metric key: the phrase lemmatized and
 * mapped through {@code metric-synonyms.csv}, so {@code died from opioid-related overdoses}, {@code overdose deaths}
 * and {@code fatal overdoses} all give {@code overdose_deaths}), {@code scope} (place named in the clause, national and
 * state anaphors resolved to the last place named; empty when none) and {@code period} ({@code per year}, {@code 2023},
 * {@code 2024-05}, {@code since 2019}, {@code past year}; relative forms resolved against the publication date).
 *
 * <p>Qualifier intervals, with a = {@code figure.tolerance.approx} and o = {@code figure.tolerance.open}:
 * exact (empty qualifier) [v, v]; {@code about} (about, around, roughly, some, an estimated) [v(1-a), v(1+a)];
 * {@code over} (more than, above, exceeding) (v, v(1+o)]; {@code under} (fewer/less than, below) [v(1-o), v);
 * {@code nearly} (almost, just under, close to) [v(1-a), v]; {@code at least} (no fewer than, or more, 500-plus)
 * [v, v(1+o)]; {@code at most} (up to, as many as, no more than) [v(1-o), v]; {@code range} (between A and B, A to B,
 * A-B) [A, B] with value A; {@code vague} (dozens [24, 99], hundreds [100, 999], thousands, tens of thousands [10000,
 * 99999], ...) with value = low; {@code ordinal} [v, v]. Open ends are stored as their closed bound.
 *
 * <p>Not figures: years and dates, times, digit ordinals ({@code 21st}), decades, phone numbers, references
 * ({@code Section 230}, {@code Article 5}, {@code No. 5}), list numbering, model and product numbers, street
 * addresses, ids, scores ({@code 51-49}), durations ({@code three years}), multipliers ({@code three times}) and
 * numbers with nothing to say what they count. Ages ({@code aged 45}, {@code a 45-year-old}) are kept with
 * predicate {@code age} and unit {@code years}. Figures inside quotations are kept.
 *
 * <p>One instance per partition: construction compiles the lexicons; {@link #extract} is thread-safe.
 *
 * <p>The work is done by the recognizers of {@code io.crossfact.extract.figure}, one per kind of thing recognized;
 * this class is their entry point.
 */
public final class FigureExtractor {
  public static final String PEOPLE = "people";
  public static final String PERCENT = "%";
  public static final String PERCENTAGE_POINTS = "percentage points";
  public static final String AGE = "age";
  public static final String YEARS = "years";

  private final FigureSettings settings;

  public FigureExtractor(CrossfactConfig config) {
    this.settings = new FigureSettings(config);
  }

  /**
   * Figure assertions of one article, in text order. Runs on {@link Article#getBody()}; offsets are valid in
   * {@link Article#getText()}. Uses {@link Article#getPublished()} to resolve relative periods.
   */
  public List<Assertion> extract(Article article) {
    String body = article.getBody();
    List<Assertion> out = new ArrayList<>();
    if (body.isEmpty()) {
      return out;
    }
    String text = article.getText().length() == body.length() ? article.getText() : body;
    FigureReader.read(article, body, text, settings, out);
    return out;
  }
}
