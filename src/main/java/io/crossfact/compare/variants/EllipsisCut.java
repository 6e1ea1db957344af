package io.crossfact.compare.variants;

/** Words one report leaves out where it prints an ellipsis: a marked cut, not a change. */
public final class EllipsisCut implements VariantRule.Whole {
  @Override
  public String name() {
    return "ellipsis-cut";
  }

  @Override
  public boolean explains(Change c) {
    if (c.e0() == c.e1()) {
      return c.earlier().ellipses.contains(c.e0());
    }
    if (c.l0() == c.l1()) {
      return c.later().ellipses.contains(c.l0());
    }
    // a cut at an ellipsis with a bridging word or two on the other side ("... one way or the other, we")
    return c.earlier().ellipses.contains(c.e0()) && c.l1() - c.l0() <= 2
        || c.later().ellipses.contains(c.l0()) && c.e1() - c.e0() <= 2;
  }
}
