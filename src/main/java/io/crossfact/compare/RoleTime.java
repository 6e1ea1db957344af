package io.crossfact.compare;

import io.crossfact.config.Roster;
import io.crossfact.model.Assertion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a stated role holds. People hold offices one after another, and a news sentence often names a past one: "In
 * 2008, ... Illinois Sen. X famously said", "when he was governor", "as governor", a nominee or candidate, a title kept
 * by courtesy after leaving the post. Such a role is not a claim about the report's date, so it never makes a
 * conflict. Each rule is one named method; {@link #past} tries them in order and names the first that applies.
 */
final class RoleTime {
  private RoleTime() {}

  /** Clauses that place what follows in the past, ending right before the role. */
  private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(when|while|after|before|since|until|during|under|"
      + "back when|at the time|as|served as|elected|became|becoming|named|appointed|nominated|"
      + "(his|her|their) (days|time|years|tenure|term) as|the tenure of|tenure of)\\s+"
      + "((he|she|they|it)\\s+(was|were|served as|became)\\s+)?(the\\s+|a\\s+|an\\s+)?"
      + "([\\p{L}.,'-]+\\s+){0,3}$");
  /** "when he was governor": the role after a past copula in a temporal clause. */
  private static final Pattern WHEN_WAS = Pattern.compile("(?i)\\b(when|while|as|after|before)\\s+(he|she|they)\\s+"
      + "(was|were|served|became)\\b");
  private static final Pattern CANDIDACY = Pattern.compile("(?i)\\b(nominee|candidate|hopeful|contender|"
      + "running for|run for|bid for|race for|campaign for|presumptive|would-be|elect)\\b");
  /** Offices whose title American usage keeps for life ("Gov. Huckabee", "President Clinton"). */
  static final java.util.Set<String> COURTESY = java.util.Set.of("governor", "president", "lieutenant_governor",
      "secretary_of_state");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(19[5-9]\\d|20[0-4]\\d)(?![\\d-])");

  /**
   * The rule that places the role in the past (or in a candidacy), or null when it reads as held on the report's
   * date. {@code office} is the role's class ({@link Roster#officeOf}).
   */
  static String past(Assertion a, String office, Roster roster) {
    String sentence = a.getText() == null ? "" : a.getText();
    int at = offsetInSentence(a);
    String before = at > 0 ? sentence.substring(Math.max(0, at - 60), at) : "";
    if (clause(before)) {
      return "clause";
    }
    if (whenWas(sentence, at)) {
      return "when-was";
    }
    if (candidacy(a.getValue(), before)) {
      return "candidacy";
    }
    if (pastYear(sentence, a.getPublished())) {
      return "year";
    }
    return rosterPast(a.getSubject(), office, a.getPublished(), roster);
  }

  static boolean clause(String before) {
    return CLAUSE.matcher(before).find();
  }

  /** "when he was Illinois senator", "as she became Speaker": a temporal clause with a past copula. */
  static boolean whenWas(String sentence, int at) {
    if (at <= 0) {
      return false;
    }
    Matcher m = WHEN_WAS.matcher(sentence.substring(Math.max(0, at - 60), at));
    return m.find();
  }

  /** "presidential nominee", "candidate for governor", "Senate hopeful". */
  static boolean candidacy(String value, String before) {
    String near = before.length() > 25 ? before.substring(before.length() - 25) : before;
    return CANDIDACY.matcher(value).find() || CANDIDACY.matcher(near).find();
  }

  /**
   * The sentence names a year before the report's year ("In 2008, ... Illinois Sen. X said"); for an undated report,
   * any year: the sentence is anchored to a time we cannot place against the report.
   */
  static boolean pastYear(String sentence, String published) {
    Matcher m = YEAR.matcher(sentence);
    int year = published != null && published.length() >= 4 && Character.isDigit(published.charAt(0))
        ? Integer.parseInt(published.substring(0, 4)) : -1;
    while (m.find()) {
      if (year < 0 || Integer.parseInt(m.group(1)) < year) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roster says the person held the office before the report's date and no longer on it (a past office, or a
   * title kept by courtesy), held it at some time when the report is undated, or never held it while someone else of
   * that surname did ("President Bush" said of Jeb Bush).
   */
  static String rosterPast(String person, String office, String published, Roster roster) {
    if (roster == null || office.isEmpty() || !roster.knows(person)) {
      return null;
    }
    List<Roster.Term> own = roster.termsIn(person, office);
    String date = Findings.date(published) == null ? "" : published.substring(0, 10);
    for (Roster.Term t : own) {
      if (date.isEmpty()) {
        return "roster-any";
      }
      if (t.covers(date)) {
        return null; // held on the report's date: a current role
      }
    }
    for (Roster.Term t : own) {
      if (t.begunBy(date) && (COURTESY.contains(office) || roster.officesOn(person, date).isEmpty())) {
        // "Gov. Huckabee" years after he left: a title kept by courtesy, or the last office of someone who holds none
        // now. A past office named while the person holds another ("Rep." of a sitting senator) is no courtesy: the
        // roster finding reports it.
        return "roster-past";
      }
    }
    if (own.isEmpty() && !roster.namesakesIn(person, office, date).isEmpty()) {
      return "namesake";
    }
    return null;
  }

  /** Where the role's value starts in its sentence, or -1. */
  static int offsetInSentence(Assertion a) {
    String text = a.getText() == null ? "" : a.getText();
    int at = a.getStart() - a.getTextStart();
    if (at < 0 || at > text.length() || !text.startsWith(a.getValue(), at)) {
      at = text.indexOf(a.getValue());
    }
    return at;
  }

  /** Lower-cased, for patterns that ignore case. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
