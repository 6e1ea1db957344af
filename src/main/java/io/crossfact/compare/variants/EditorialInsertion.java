package io.crossfact.compare.variants;

/** Words inside brackets or parentheses are the editor's ("If they [Democrats] don't", "(Libyan strongman) Gadhafi"). */
public final class EditorialInsertion implements VariantRule.Whole {
  @Override
  public String name() {
    return "editorial-insertion";
  }

  @Override
  public boolean explains(Change c) {
    boolean any = false;
    for (int i = c.e0(); i < c.e1(); i++) {
      if (!c.earlier().editorial.contains(i)) {
        return false;
      }
      any = true;
    }
    for (int i = c.l0(); i < c.l1(); i++) {
      if (!c.later().editorial.contains(i)) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
