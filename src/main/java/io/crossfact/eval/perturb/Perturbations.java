package io.crossfact.eval.perturb;

import java.util.ArrayList;
import java.util.List;

/** The catalogue of perturbations the robustness harness runs, in report order. */
public final class Perturbations {
  private Perturbations() {}

  public static List<Perturbation> catalogue() {
    return List.of(DroppedSpace.afterComma(), DroppedSpace.afterPeriod(), DroppedSpace.afterColon(),
        new PeriodBeforeClosingMark(), new LowerCaseHonorifics(), QuoteMarkStyle.straight(), QuoteMarkStyle.curly(),
        new InsertedHeadings(), new InsertedWidgets(), new TitleAdded(), new TitleDropped());
  }

  /** The named perturbations of the catalogue, in catalogue order; an unknown name is an error naming the known. */
  public static List<Perturbation> select(List<String> names) {
    if (names == null || names.isEmpty()) {
      return catalogue();
    }
    List<Perturbation> out = new ArrayList<>();
    List<String> known = new ArrayList<>();
    for (Perturbation p : catalogue()) {
      known.add(p.name());
      if (names.contains(p.name())) {
        out.add(p);
      }
    }
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException("unknown perturbation '" + n + "'; known: " + String.join(", ", known));
      }
    }
    return out;
  }
}
