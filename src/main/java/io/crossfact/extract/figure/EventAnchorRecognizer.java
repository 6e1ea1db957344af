package io.crossfact.extract.figure;

import static io.crossfact.extract.figure.FigureTokens.NUM;
import static io.crossfact.extract.figure.FigureTokens.SYM;
import static io.crossfact.extract.figure.FigureTokens.WORD;

import java.util.Set;

/**
 * The event a figure belongs to: the one the article reports, or an older event its sentence recalls ("the 2004
 * tsunami that killed about 230,000", "a quake struck off Aceh in 2004, sparking a tsunami that killed 170,000").
 * A year other than the publication's in the figure's stretch of the sentence dates the figure to that older event;
 * a recalling phrase ("a region devastated by the tsunami of 2004", "memories of the quakes that hit in 2002") or a
 * comma after the figure ends the stretch, so the day's toll before it keeps the day.
 */
final class EventAnchorRecognizer {
  /**
   * Words after which a year belongs to something recalled, not to the figure before them: "one season after the
   * worst record in 2011", "join the 2008 champions as the only teams".
   */
  static final Set<String> RECALLING = Set.of("devastated", "ravaged", "hit", "struck", "memories", "memory",
      "reminiscent", "recalled", "recalling", "since", "which", "who", "where", "like", "similar", "after", "before",
      "ago", "join", "joined", "joining", "joins", "than");

  private final FigureText x;
  private final FigureTokens t;

  EventAnchorRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
  }

  /** {@code background YEAR} when figure f belongs to an older event, else "". */
  String event(Fig f, int ts, int te) {
    int current = x.published == null ? -1 : x.published.getYear();
    // after the figure, up to a comma, a semicolon or a recalling word
    for (int k = f.last + 1; k < te; k++) {
      if (t.type[k] == SYM && (t.lower[k].equals(",") || t.lower[k].equals(";"))) {
        break;
      }
      if (t.type[k] == WORD && RECALLING.contains(t.lower[k])) {
        break;
      }
      int y = year(k);
      if (y > 0 && y != current && !t.isWord(k - 1, "since")) {
        return "background " + y;
      }
    }
    // before the figure: a year of the same sentence that opens its account ("in 2004, sparking a tsunami that
    // killed"), unless a recalling word stands between ("devastated by the tsunami of 2004, ... killing 5")
    for (int k = f.qStart - 1; k >= ts; k--) {
      int y = year(k);
      if (y > 0) {
        if (y != current && !t.isWord(k - 1, "since") && !recallsBetween(k + 1, f.qStart)) {
          return "background " + y;
        }
        break;
      }
    }
    return "";
  }

  private boolean recallsBetween(int s, int e) {
    for (int k = s; k < e; k++) {
      if (t.type[k] == WORD && (t.lower[k].equals("devastated") || t.lower[k].equals("ravaged")
          || t.lower[k].equals("memories") || t.lower[k].equals("since"))) {
        return true;
      }
    }
    return false;
  }

  /** The year a token states (1900-2099, four plain digits, not glued to a unit), else -1. */
  private int year(int k) {
    if (t.type[k] != NUM || !t.suffix[k].isEmpty() || t.lower[k].length() != 4) {
      return -1;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(t.lower[k].charAt(i))) {
        return -1;
      }
    }
    int y = Integer.parseInt(t.lower[k]);
    return y >= 1900 && y <= 2099 ? y : -1;
  }
}
