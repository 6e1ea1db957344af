package io.crossfact.compare;

import io.crossfact.normalize.AsciiLiterals;
import io.crossfact.config.Roster;
import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one article's own text says about when it was written, beyond its published date: a dated photo caption
 * ("... on March 3, 2022. (Photo/...)"), a dated dateline ("OTTAWA, June 4, 2022 -"), and a present-tense title the
 * roster says had ended ("House Speaker X" after X left the post). Any member of a copy cluster can carry it, so an
 * undated wire original still dates its later copies.
 *
 * <p>Records are compact strings {@code kind \t date \t detail}, joined by newlines, so a digest carries them as one
 * column: {@code kind} is {@code caption}, {@code dateline} or {@code role}; {@code date} the ISO date (or month) the
 * text was written by at the latest... for a caption or dateline the date it states, for a role the day the roster
 * says the post ended.
 */
public final class DateEvidence {
  private DateEvidence() {}

  public static final String CAPTION = "caption";
  public static final String DATELINE = "dateline";
  public static final String ROLE = "role";

  /** Credits that close a photo caption: "(Photo/Agency)", "(AP Photo/...)", "Photo: ...", "/Getty Images". */
  private static final Pattern CAPTION_CREDIT = Pattern.compile("(?i)\\((AP |Reuters |AFP |Xinhua |EPA )?photo\\b|"
      + "\\bphoto\\s*(:|/|by\\b)|\\bphoto credit|/\\s*(getty images|reuters|ap|afp|xinhua|epa)\\b|"
      + "\\(image\\b|\\bcredit:|\\bfile photo\\b");
  /** A dateline: one to four capitalised place words (optionally a parenthesised agency), then the date. */
  private static final Pattern DATELINE_LEAD = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3})"
      + "(\\s*,\\s*\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?\\s*(\\([^)]{1,20}\\))?\\s*,?\\s*$");
  /** Words with which a text announces that it looks back: a retrospective is not a stale copy. */
  private static final Pattern LOOKING_BACK = Pattern.compile("(?i)\\b(years ago|anniversary|looking back|"
      + "look back|in retrospect|remembered|recalled|recalls|recalling|flashback|archive[sd]?|from the archives|"
      + "on this day|this day in)\\b");
  /** Every alternative of {@link #LOOKING_BACK} holds one of these: most texts skip its scan. */
  private static final AsciiLiterals LOOKING_BACK_WORDS = new AsciiLiterals(
      "years ago", "anniversary", "looking back", "look back", "retrospect", "remembered", "recall", "flashback",
      "archive", "this day");
  /** How far into the text a title may stand to date it: the lead states current titles. */
  static final int LEAD_CHARS = 600;
  /** How far into the body a dateline may start (after a title line or a byline). */
  static final int DATELINE_WITHIN = 250;

  /**
   * Evidence records from one article's date and role assertions. {@code published} is the article's date (empty
   * when undated); a role counts only when stated as current (no "former", no past clause) for an office the roster
   * lists, and the roster says the post had ended by the article's date (undated: has ended at all and is not held
   * now).
   */
  public static String of(List<Assertion> article, String published, Roster roster) {
    List<String> out = new ArrayList<>();
    String date = Findings.date(published) == null ? "" : published.substring(0, 10);
    for (Assertion a : article) {
      if (Assertion.DATE.equals(a.getKind()) && "event".equals(a.getPredicate()) && a.getQualifier().isEmpty()
          && a.getValue().length() >= 7) {
        String kind = kind(a);
        if (kind != null) {
          out.add(record(kind, a.getValue(), a.getText()));
        }
      } else if (Assertion.ROLE.equals(a.getKind()) && roster != null && !a.getSubject().isEmpty()) {
        String end = roleEnded(a, date, roster);
        if (end != null) {
          out.add(record(ROLE, end, a.getValue().trim() + " " + a.getSubject() + ": " + a.getText()));
        }
      }
    }
    out.sort(null);
    return String.join("\n", new java.util.LinkedHashSet<>(out));
  }

  /** Whether a date sits in a photo caption or a dateline; null when it is just a date the text mentions. */
  static String kind(Assertion a) {
    String text = a.getText() == null ? "" : a.getText();
    int at = a.getStart() - a.getTextStart();
    if (CAPTION_CREDIT.matcher(text).find()) {
      return CAPTION;
    }
    if (a.getStart() <= DATELINE_WITHIN && at >= 0 && at <= text.length()
        && DATELINE_LEAD.matcher(lastLine(text.substring(0, at))).matches()) {
      return DATELINE;
    }
    return null;
  }

  private static String lastLine(String s) {
    int nl = s.lastIndexOf('\n');
    return nl < 0 ? s : s.substring(nl + 1);
  }

  /**
   * The end of a post the role names when the text speaks of it as current but the roster says it had ended by the
   * article's date, else null.
   */
  static String roleEnded(Assertion a, String date, Roster roster) {
    String stated = RoleComparer.fullTitle(a);
    if (RoleParser.timeBound(stated, a.getQualifier()) || RoleComparer.historical(a)) {
      return null;
    }
    String office = Roster.officeOf(stated);
    if (!RoleComparer.COVERED.contains(office) || RoleTime.COURTESY.contains(office) || !roster.knows(a.getSubject())
        || a.getStart() > LEAD_CHARS) {
      // presidents, governors and secretaries keep their title for life, and past-tense narrative names them
      // ("signed by President Bill Clinton"); a title dates a text only where the lead states it as current
      return null;
    }
    String sentence = a.getText() == null ? "" : a.getText();
    int at = RoleTime.offsetInSentence(a);
    if (RoleTime.clause(at > 0 ? sentence.substring(Math.max(0, at - 60), at) : "")
        || RoleTime.whenWas(sentence, at) || RoleTime.pastYear(sentence, date)) {
      return null;
    }
    String ended = null;
    for (Roster.Term t : roster.termsIn(a.getSubject(), office)) {
      if (date.isEmpty() ? t.end.isEmpty() : t.covers(date)) {
        return null; // held then (or, undated, held now): nothing to date the text by
      }
      if (!t.end.isEmpty() && (date.isEmpty() || t.endedBefore(date)) && (ended == null || t.end.compareTo(ended) > 0)) {
        ended = t.end;
      }
    }
    if (ended != null && !date.isEmpty() && roster.held(a.getSubject(), office, date) != Roster.Answer.NO) {
      return null;
    }
    return ended;
  }

  /** Whether an article's body says it looks back ("years ago", "anniversary", "recalled"). */
  public static boolean looksBack(String body) {
    return body != null && LOOKING_BACK_WORDS.foundIn(body) && LOOKING_BACK.matcher(body).find();
  }

  /**
   * The latest explicit event date among one article's date assertions: not resolved from the published date ("on
   * Tuesday"), and not the published date itself repeated in the text ("Date: 2024-09-30").
   */
  public static String latestExplicit(List<Assertion> article, String published) {
    String own = Findings.date(published) == null ? "" : published.substring(0, 10);
    String best = "";
    for (Assertion a : article) {
      if (Assertion.DATE.equals(a.getKind()) && "event".equals(a.getPredicate()) && a.getQualifier().isEmpty()
          && !a.getValue().equals(own) && a.getValue().compareTo(best) > 0) {
        best = a.getValue();
      }
    }
    return best;
  }

  private static String record(String kind, String date, String detail) {
    String d = detail == null ? "" : detail.replaceAll("\\s+", " ").trim();
    return kind + "\t" + date + "\t" + Findings.clip(d, 200);
  }

  /** One parsed record. */
  static final class Item {
    final String kind;
    final String date;
    final String detail;

    Item(String kind, String date, String detail) {
      this.kind = kind;
      this.date = date;
      this.detail = detail;
    }

    /** Plain words for the explanation. */
    String words() {
      switch (kind) {
        case CAPTION: return "a photo caption dated " + date;
        case DATELINE: return "a dateline dated " + date;
        default: return "a title the roster says ended on " + date;
      }
    }
  }

  static List<Item> parse(String records) {
    List<Item> out = new ArrayList<>();
    if (records == null || records.isEmpty()) {
      return out;
    }
    for (String line : records.split("\n")) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        out.add(new Item(f[0], f[1], f[2]));
      }
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
