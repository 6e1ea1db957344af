package io.crossfact.eval.perturb;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Title-case section headings inserted between paragraphs, most with a colon ({@code Key Points: Budget and Trust},
 * {@code Water Rights: A Long-Running Dispute}), some as bullets ({@code • Tighter Controls: Requiring New Audits})
 * or without a colon ({@code What Comes Next}). Built from word lists of our own. None is a speaker or a quote.
 */
public final class InsertedHeadings extends InsertedLines {
  private static final List<String> LABELS = List.of("Key Points", "Main Takeaways", "The Road Ahead", "Expert View",
      "Background", "What We Know", "Looking Ahead", "Bottom Line", "The Big Picture", "By the Numbers",
      "Why It Matters", "Main Talking Points", "Analysis", "Context");
  private static final List<String> TOPICS = List.of("Budget", "Trust", "Tariffs", "Borders", "Water", "Housing",
      "Energy", "Schools", "Taxes", "Health Care", "Jobs", "Security", "Trade", "Courts", "Voters", "Farm Policy",
      "Transit", "Pensions");
  private static final List<String> ADJECTIVES = List.of("Long-Running", "Costly", "Quiet", "Bitter", "Familiar",
      "Growing", "Lasting", "Local");
  private static final List<String> THINGS = List.of("Dispute", "Debate", "Question", "Fight", "Problem", "Divide",
      "Standoff");
  private static final List<String> ACTIONS = List.of("Requiring", "Expanding", "Limiting", "Funding", "Reviewing",
      "Tightening");
  private static final List<String> PLAIN = List.of("What Comes Next", "How We Got Here", "The Numbers Behind It",
      "A Closer Look", "Reactions From Both Sides", "Questions Remain");

  public InsertedHeadings() {
    this(0.25);
  }

  InsertedHeadings(double rate) {
    super(rate);
  }

  @Override
  public String name() {
    return "inserted-headings";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "a title-case heading line ('Key Points: Budget and Trust') before %.0f%% of"
        + " paragraphs (at least one)", rate() * 100);
  }

  @Override
  String block(SplittableRandom rnd) {
    String[] two = pickTwo(rnd, TOPICS);
    return switch (rnd.nextInt(5)) {
      case 0 -> pick(rnd, LABELS) + ": " + two[0] + " and " + two[1];
      case 1 -> two[0] + " " + pick(rnd, List.of("Rights", "Rules", "Plans", "Costs")) + ": A " + pick(rnd, ADJECTIVES)
          + " " + pick(rnd, THINGS);
      case 2 -> "\u2022 " + pick(rnd, List.of("Tighter", "Clearer", "Fewer", "Stronger")) + " "
          + pick(rnd, List.of("Controls", "Rules", "Limits", "Checks")) + ": " + pick(rnd, ACTIONS) + " " + two[0]
          + " " + pick(rnd, List.of("Audits", "Reviews", "Reports", "Hearings"));
      case 3 -> pick(rnd, LABELS) + ": " + pick(rnd, ACTIONS) + " " + two[0];
      default -> pick(rnd, PLAIN);
    };
  }
}
