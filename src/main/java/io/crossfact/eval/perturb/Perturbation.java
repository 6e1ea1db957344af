package io.crossfact.eval.perturb;

/**
 * One way scraped or content-farm text differs from clean copy. A perturbation must be meaning-preserving for
 * quotes and speakers (a reader would extract the same quotes from the same people), deterministic for a seed, and
 * report every change as an {@link Edit} so gold offsets can be mapped.
 */
public interface Perturbation {
  /** Short stable name, used on the command line and in reports ({@code no-space-after-comma}). */
  String name();

  /** One line: what it does and at what rate. */
  String description();

  /** The perturbed text and its offset map; {@code gold} says where the quotes and speakers are. */
  Perturbed apply(String text, GoldSpans gold, long seed);

  /** As above, for a text without gold (perturbations that rewrite speaker mentions then find none). */
  default Perturbed apply(String text, long seed) {
    return apply(text, GoldSpans.NONE, seed);
  }
}
