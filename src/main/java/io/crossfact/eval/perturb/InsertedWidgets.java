package io.crossfact.eval.perturb;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Share, comment and related-link widgets inserted between paragraphs as a scraper keeps them: {@code Share this
 * article}, {@code Facebook Twitter Email}, {@code 12 Comments}, {@code Related: Budget Talks Stall as Deadline
 * Nears}, alone or a few lines together. Headlines are built from word lists of our own.
 */
public final class InsertedWidgets extends InsertedLines {
  private static final List<String> SUBJECTS = List.of("Budget", "Council", "Senate", "Trade", "Water", "School",
      "Housing", "Pension", "Transit", "Border");
  private static final List<String> NOUNS = List.of("Talks", "Vote", "Plan", "Deal", "Bill", "Audit", "Review");
  private static final List<String> VERBS = List.of("Stall", "Advance", "Slip", "Resume", "Falter", "Pass");
  private static final List<String> REASONS = List.of("Deadline Nears", "Costs Rise", "Critics Push Back",
      "Talks Drag On", "Turnout Falls", "Rates Climb");

  public InsertedWidgets() {
    this(0.2);
  }

  InsertedWidgets(double rate) {
    super(rate);
  }

  @Override
  public String name() {
    return "inserted-widgets";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "share/comment/related-link lines ('Share this article', '12 Comments',"
        + " 'Related: ...') before %.0f%% of paragraphs (at least one)", rate() * 100);
  }

  @Override
  String block(SplittableRandom rnd) {
    int comments = 2 + rnd.nextInt(240);
    return switch (rnd.nextInt(9)) {
      case 0 -> "Share this article";
      case 1 -> "Facebook Twitter Email";
      case 2 -> "Share this article\nFacebook Twitter LinkedIn Email";
      case 3 -> comments + " Comments";
      case 4 -> "Related: " + headline(rnd);
      case 5 -> "Read more: " + headline(rnd);
      case 6 -> "Leave a comment\n" + comments + " Comments";
      case 7 -> "Related\n" + headline(rnd) + "\n" + headline(rnd);
      default -> "Share on Facebook\nShare on Twitter\nComments (" + comments + ")";
    };
  }

  private static String headline(SplittableRandom rnd) {
    return pick(rnd, SUBJECTS) + " " + pick(rnd, NOUNS) + " " + pick(rnd, VERBS) + " as " + pick(rnd, REASONS);
  }
}
