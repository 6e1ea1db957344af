package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.Lexicons;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the roles one person is given across reports, and against the reference roster.
 *
 * <p>Conflicts: two offices one person cannot hold at once (senator vs representative, minister vs deputy minister),
 * two parties, two states for a politician, two institutions for the same kind of post (fellow at two different
 * think tanks). Never conflicts: time-bound roles (former, then-, ex-, -elect, candidate), descriptions that fit
 * together (senator + Vermont Democrat; professor + at Yale), and reports more than {@link #MAX_DAYS_APART} days apart,
 * because people change jobs. Roles within one article are not compared: a conflict there is almost always our
 * extractor joining two people who share a surname.
 */
public final class RoleComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Reports further apart than this may both be right: offices change. */
  static final long MAX_DAYS_APART = 365;

  private final CrossfactConfig config;

  private final java.util.Set<String> standalone;

  public RoleComparer(CrossfactConfig c) {
    this.standalone = new java.util.TreeSet<>();
    for (String sig : c.getString(io.crossfact.config.CrossfactConfig.Key.ROLE_CONFLICT_SIGNALS).split(",")) {
      standalone.add(sig.trim());
      if (sig.trim().equals("institution")) {
        standalone.add("portfolio"); // a minister's portfolio is the institution of that office
      }
    }
    this.config = c;
  }

  /** Why two roles conflict: a signal name, its base score and a plain-words reason. */
  private static final class Reason {
    final String signal;
    final double weight;
    final String words;

    Reason(String signal, double weight, String words) {
      this.signal = signal;
      this.weight = weight;
      this.words = words;
    }
  }

  /**
   * Findings for one person's roles, sorted (score, then id). Input order does not matter. Each pair of conflicting
   * readings ("senator" vs "representative") is reported once, for the earliest pair of reports that shows it, with
   * how many independent reports (copy clusters) carry each reading; each reading that contradicts the roster likewise once.
   */
  public List<Finding> compare(List<Assertion> roles) {
    List<Assertion> sorted = new ArrayList<>();
    for (Assertion a : roles) {
      if (Assertion.ROLE.equals(a.getKind()) && !a.getSubject().isEmpty() && !a.getValue().isBlank()
          && !runsIntoQuote(a.getValue()) && !incompleteName(a.getSubject())) {
        sorted.add(a);
      }
    }
    sorted.sort(Findings.CHRONOLOGICAL);
    List<RoleParser.Role> parsed = new ArrayList<>();
    List<List<String>> names = new ArrayList<>();
    List<java.time.LocalDate> dates = new ArrayList<>();
    Map<String, Set<String>> clustersByReading = new TreeMap<>();
    io.crossfact.config.Roster roster = config.lexicons().rosterIndex();
    List<String> offices = new ArrayList<>();
    for (Assertion a : sorted) {
      String stated = fullTitle(a);
      RoleParser.Role r = RoleParser.parse(stated, a.getQualifier());
      String office = io.crossfact.config.Roster.officeOf(stated);
      offices.add(office);
      if (historical(a) || RoleTime.past(a, office, roster) != null) {
        r.timeBound = true;
      }
      parsed.add(r);
      names.add(Names.tokens(a.getSubject()));
      dates.add(Findings.date(a.getPublished()));
      if (!r.timeBound && !r.empty()) {
        // copies say what their original says: count copy clusters, not articles
        clustersByReading.computeIfAbsent(r.reading(), k -> new TreeSet<>())
            .add(a.getCluster().isEmpty() ? "article:" + a.getArticleId() : a.getCluster());
      }
    }
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new TreeSet<>();
    // whether the roster confirms each role on its report's date, asked at most once per role (the pairs ask it
    // for every partner)
    Boolean[] confirmed = new Boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      Assertion x = sorted.get(i);
      RoleParser.Role rx = parsed.get(i);
      if (rx.timeBound || rx.empty()) {
        continue;
      }
      for (int j = i + 1; j < sorted.size(); j++) {
        Assertion y = sorted.get(j);
        RoleParser.Role ry = parsed.get(j);
        if (ry.timeBound || ry.empty() || x.getArticleId().equals(y.getArticleId())
            || !Names.samePerson(names.get(i), names.get(j))) {
          continue;
        }
        boolean undated = dates.get(i) == null || dates.get(j) == null;
        if (!undated && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(dates.get(i), dates.get(j)))
            > MAX_DAYS_APART) {
          continue;
        }
        if (confirms(confirmed, i, roster, x, offices.get(i)) && confirms(confirmed, j, roster, y, offices.get(j))) {
          continue; // each held that office on its report's date: a career, not a conflict
        }
        List<Reason> reasons = reasons(rx, ry);
        String readings = rx.reading().compareTo(ry.reading()) <= 0 ? rx.reading() + "\u0001" + ry.reading()
            : ry.reading() + "\u0001" + rx.reading();
        // Which differences may make a finding on their own is configured (role.conflictSignals, default: office
        // only); the others only support one. On 840 real political articles every finding resting on party,
        // state or institution alone was a false alarm ("democratic socialist" read as a party, "Communication"
        // vs "Communications Director").
        if (!reasons.isEmpty() && standalone.contains(reasons.get(0).signal) && reported.add(readings)) {
          out.add(pairFinding(x, rx, y, ry, reasons, undated, clustersByReading));
        }
      }
      if (!reported.contains("roster\u0001" + rx.reading())) {
        Finding r = rosterFinding(x, rx);
        if (r == null) {
          r = neverHeldFinding(x, offices.get(i), roster);
        }
        if (r != null) {
          out.add(r);
          reported.add("roster\u0001" + rx.reading());
        }
      }
    }
    return Findings.dedupeAndSort(out);
  }

  /** Offices whose holders the bundled roster lists completely, so "never held" can be said of a person it knows. */
  static final Set<String> COVERED = Set.of("president", "vice_president", "senator", "representative",
      "governor", "speaker", "senate_majority_leader", "senate_minority_leader", "house_majority_leader",
      "house_minority_leader", "secretary_of_state");

  /** {@link #rosterConfirms}, remembered in {@code confirmed[i]}. */
  private static boolean confirms(Boolean[] confirmed, int i, io.crossfact.config.Roster roster, Assertion a,
      String office) {
    if (confirmed[i] == null) {
      confirmed[i] = rosterConfirms(roster, a, office);
    }
    return confirmed[i];
  }

  private static boolean rosterConfirms(io.crossfact.config.Roster roster, Assertion a, String office) {
    return Findings.date(a.getPublished()) != null && roster.held(a.getSubject(), office,
        a.getPublished().substring(0, 10)) == io.crossfact.config.Roster.Answer.YES;
  }

  /**
   * A role the roster says the person never held, neither on the report's date nor before or after it, though the
   * roster knows the person and lists that office completely: "Sen. Nancy Pelosi". The strongest role finding, since
   * the other side is a record, not another report. A person the roster does not know, a date past what its sources
   * know, or a namesake who held the office (another Bush) says nothing.
   */
  private Finding neverHeldFinding(Assertion a, String office, io.crossfact.config.Roster roster) {
    if (!COVERED.contains(office) || Findings.date(a.getPublished()) == null || !roster.knows(a.getSubject())) {
      return null;
    }
    String date = a.getPublished().substring(0, 10);
    List<io.crossfact.config.Roster.Term> held = roster.termsIn(a.getSubject(), office);
    boolean outdated = false;
    for (io.crossfact.config.Roster.Term t : held) {
      outdated |= t.endedBefore(date);
    }
    if (roster.held(a.getSubject(), office, date) != io.crossfact.config.Roster.Answer.NO
        || !held.isEmpty() && !outdated
        || !roster.namesakesIn(a.getSubject(), office, held.isEmpty() ? "" : date).isEmpty()) {
      return null; // held then, held only later (an anticipation, not a record to contradict), or a namesake's
    }
    if ((office.equals("senator") || office.equals("representative")) && !heldCongress(roster, a.getSubject())
        || !outdated && !held.isEmpty()) {
      return null; // the roster has no congressional career for this person: it cannot say they never served
    }
    List<io.crossfact.config.Roster.Term> then = roster.officesOn(a.getSubject(), date);
    if (then.isEmpty()) {
      return null; // between offices: the roster cannot tell what the person was called then
    }
    io.crossfact.config.Roster.Term against = then.get(0);
    for (io.crossfact.config.Roster.Term t : then) {
      if (t.office.length() > 0 && (against.office.isEmpty() || t.start.compareTo(against.start) > 0)) {
        against = t;
      }
    }
    String rosterValue = against.role + (against.jurisdiction.isEmpty() ? "" : ", " + against.jurisdiction);
    Finding f = new Finding();
    f.setType(Finding.ROLE_CONFLICT);
    f.setSubject(a.getSubject());
    f.setKey(a.getSubject());
    f.setId(Finding.stableId(Finding.ROLE_CONFLICT, a.getSubject(), a.getArticleId(), "roster"));
    f.sideA(a, a.getValue());
    f.setValueB(rosterValue);
    f.setSourceB("roster");
    f.setEvidenceB("Roster: " + against);
    f.setScore(Findings.score(0.9));
    f.setSeverity(config.severityOf(f.getScore()));
    if (outdated) {
      io.crossfact.config.Roster.Term last = held.get(held.size() - 1);
      f.setScore(Findings.score(0.85));
      f.setSeverity(config.severityOf(f.getScore()));
      f.setSignals("roster-outdated=0.85");
      f.setExplanation(String.format(Locale.ROOT,
          "%s is called '%s' in a report (%s), but by the roster that post ended on %s; on that date %s was %s. "
              + "Check whether the text is older than its date.",
          a.getSubject(), a.getValue().trim(), Findings.where(a.getPublished(), a.getSource()), last.end,
          against.name, rosterValue));
      return f;
    }
    f.setSignals("roster-never-held=0.9");
    f.setExplanation(String.format(Locale.ROOT,
        "%s is called '%s' in a report (%s), but the roster lists no %s term for %s; on that date %s was %s.",
        a.getSubject(), a.getValue().trim(), Findings.where(a.getPublished(), a.getSource()),
        RoleParser.officeWords(office), against.name, against.name, rosterValue));
    return f;
  }

  private static boolean heldCongress(io.crossfact.config.Roster roster, String person) {
    return !roster.termsIn(person, "senator").isEmpty() || !roster.termsIn(person, "representative").isEmpty();
  }

  /** Modifiers the extractor may leave off a title: "Prime" of "Prime Minister", "press" of "press secretary". */
  private static final java.util.regex.Pattern CUT_MODIFIER = java.util.regex.Pattern.compile(
      "(?i)(?:^|[\\s(])((?:(?:prime|deputy|vice|foreign|finance|defen[cs]e|interior|home|health|press|majority|"
      + "minority|senate|house|party|first|chief|assistant|principal|national|security|state|white house|"
      + "attorney|general|supreme)\\s+){1,3})$");

  /**
   * The title as the sentence states it: a bare head noun the extractor cut from its modifiers ("minister" of
   * "Prime Minister Ana Ruiz", "leader" of "Senate minority leader") gets them back, so the cut is not read as a
   * different office.
   */
  static String fullTitle(Assertion a) {
    String v = a.getValue().trim();
    if (v.isEmpty() || v.indexOf(' ') >= 0 || a.getText() == null) {
      return v;
    }
    int at = RoleTime.offsetInSentence(a);
    if (at <= 0) {
      return v;
    }
    java.util.regex.Matcher m = CUT_MODIFIER.matcher(a.getText().substring(Math.max(0, at - 40), at));
    return m.find() ? m.group(1).trim() + " " + v : v;
  }

  /**
   * Whether a stated role runs on into quoted words ("the prime minister ''looked ashen''"): the extractor read past
   * the title into the next clause, so the words are not a title.
   */
  static boolean runsIntoQuote(String stated) {
    return stated.contains("\"") || stated.contains("\u201C") || stated.contains("\u201D")
        || stated.contains("''") || stated.contains("``");
  }

  /** Whether a name ends in an initial ("George H.W.", cut at the initials' full stop): not a whole name. */
  static boolean incompleteName(String subject) {
    String[] t = subject.trim().split("\\s+");
    return t.length > 0 && t[t.length - 1].matches("(\\p{Lu}\\.)+");
  }

  private static final java.util.regex.Pattern HISTORICAL = java.util.regex.Pattern.compile(
      "(?i)\\b(when|under|while|during|until)\\s+(the\\s+)?$");

  /**
   * Whether the sentence places the role in the past: "when Vice President X", "a tax official under President X".
   * Such a role was held then, not necessarily on the report's date, like "then-".
   */
  static boolean historical(Assertion a) {
    String text = a.getText() == null ? "" : a.getText();
    int at = a.getStart() - a.getTextStart();
    if (at < 0 || at > text.length() || !text.startsWith(a.getValue(), at)) {
      at = text.indexOf(a.getValue());
    }
    return at > 0 && HISTORICAL.matcher(text.substring(Math.max(0, at - 40), at)).find();
  }

  /** Every way two current roles contradict each other, strongest first. */
  private static List<Reason> reasons(RoleParser.Role a, RoleParser.Role b) {
    List<Reason> out = new ArrayList<>();
    if (a.exclusiveOffice() && b.exclusiveOffice() && !a.office.equals(b.office)) {
      boolean deputy = a.office.replace("deputy_", "").equals(b.office.replace("deputy_", ""));
      out.add(new Reason("office", deputy ? 0.8 : 0.85, "a " + RoleParser.officeWords(a.office) + " and a "
          + RoleParser.officeWords(b.office) + " are different offices"));
    }
    if (out.isEmpty() && !a.office.equals(b.office) && (a.office.startsWith("deputy_") || b.office.startsWith("deputy_"))
        && a.office.replace("deputy_", "").equals(b.office.replace("deputy_", ""))
        && !a.institution.isEmpty() && !b.institution.isEmpty()
        && RoleParser.sameInstitution(a.institution, b.institution)) {
      // "Deputy Secretary of State" and "Secretary of State": one post and its deputy in the same department
      out.add(new Reason("office", 0.8, "a " + RoleParser.officeWords(a.office) + " and a "
          + RoleParser.officeWords(b.office) + " of the same " + (a.office.endsWith("secretary") ? "department"
          : "institution") + " are different posts"));
    }
    if (!a.party.isEmpty() && !b.party.isEmpty() && !a.party.equals(b.party)) {
      out.add(new Reason("party", 0.8, "the parties differ (" + a.party + " vs " + b.party + ")"));
    }
    if (!a.state.isEmpty() && !b.state.isEmpty() && !a.state.equals(b.state) && a.political() && b.political()) {
      out.add(new Reason("state", 0.7, "the states differ (" + a.state + " vs " + b.state + ")"));
    }
    if (!a.office.isEmpty() && a.office.equals(b.office) && !a.institution.isEmpty() && !b.institution.isEmpty()
        && !RoleParser.sameInstitution(a.institution, b.institution)) {
      boolean portfolio = a.office.endsWith("minister") || a.office.endsWith("secretary");
      out.add(new Reason(portfolio ? "portfolio" : "institution", portfolio ? 0.55 : 0.6,
          (portfolio ? "the portfolios differ (" : "the institutions differ (")
              + RoleParser.asWritten(a.stated, a.institution) + " vs " + RoleParser.asWritten(b.stated, b.institution)
              + ")"));
    } else if (a.office.isEmpty() && b.office.isEmpty() && !a.institution.isEmpty() && !b.institution.isEmpty()
        && a.party.isEmpty() && b.party.isEmpty() && !RoleParser.sameInstitution(a.institution, b.institution)) {
      out.add(new Reason("institution", 0.5, "the affiliations differ ("
          + RoleParser.asWritten(a.stated, a.institution) + " vs " + RoleParser.asWritten(b.stated, b.institution)
          + ")"));
    }
    out.sort((p, q) -> Double.compare(q.weight, p.weight));
    return out;
  }

  private Finding pairFinding(Assertion x, RoleParser.Role rx, Assertion y, RoleParser.Role ry, List<Reason> reasons,
      boolean undated, Map<String, Set<String>> clustersByReading) {
    boolean xLater = Findings.isSideA(x, y);
    Assertion later = xLater ? x : y;
    Assertion earlier = xLater ? y : x;
    List<Reason> ordered = xLater ? reasons : reasons(ry, rx);
    int laterCount = clustersByReading.get((xLater ? rx : ry).reading()).size();
    int earlierCount = clustersByReading.get((xLater ? ry : rx).reading()).size();
    String counts = laterCount + earlierCount <= 2 ? "" : String.format(Locale.ROOT,
        " %d independent report%s read%s like the later one, %d like the earlier.", laterCount,
        laterCount == 1 ? "" : "s",
        laterCount == 1 ? "s" : "", earlierCount);
    String person = Names.fuller(later.getSubject(), earlier.getSubject());
    double score = ordered.get(0).weight + 0.03 * (ordered.size() - 1);
    if (undated) {
      score *= 0.9; // with a date missing we cannot rule out a change of office in between
    }
    Finding f = new Finding();
    f.setType(Finding.ROLE_CONFLICT);
    f.setSubject(person);
    f.setKey(person);
    f.setId(Finding.stableId(Finding.ROLE_CONFLICT, person, later.getArticleId(), earlier.getArticleId()));
    f.sideA(later, later.getValue());
    f.sideB(earlier, earlier.getValue());
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(signals(ordered));
    f.setExplanation(String.format(Locale.ROOT,
        "%s is called '%s' in the later report (%s) but '%s' in the earlier one (%s): %s.%s%s", person,
        later.getValue().trim(), Findings.where(later.getPublished(), later.getSource()), earlier.getValue().trim(),
        Findings.where(earlier.getPublished(), earlier.getSource()), words(ordered), counts,
        undated ? " One report is undated, so a change of office in between cannot be ruled out." : ""));
    return f;
  }

  /**
   * A stated role that contradicts every roster entry in force on the article's date. No entry in force means the
   * roster does not cover that time: nothing to say.
   */
  private Finding rosterFinding(Assertion a, RoleParser.Role stated) {
    List<Lexicons.RosterEntry> valid = new ArrayList<>();
    List<String> person = Names.tokens(config.lexicons().canonicalAlias(a.getSubject()));
    for (Lexicons.RosterEntry e : config.lexicons().roster()) {
      if (Names.tokens(config.lexicons().canonicalAlias(e.name)).equals(person) && e.validOn(a.getPublished())) {
        valid.add(e);
      }
    }
    if (valid.isEmpty()) {
      return null;
    }
    valid.sort((p, q) -> {
      int c = p.validFrom.compareTo(q.validFrom);
      return c != 0 ? c : (p.role + p.organisation).compareTo(q.role + q.organisation);
    });
    List<Reason> first = null;
    Lexicons.RosterEntry against = null;
    for (Lexicons.RosterEntry e : valid) {
      List<Reason> r = reasons(stated, rosterRole(e));
      if (r.isEmpty()) {
        return null; // agrees with one role the person held then
      }
      if (first == null) {
        first = r;
        against = e;
      }
    }
    String rosterValue = against.role + (against.organisation.isEmpty() ? "" : ", " + against.organisation);
    Finding f = new Finding();
    f.setType(Finding.ROLE_CONFLICT);
    f.setSubject(a.getSubject());
    f.setKey(a.getSubject());
    f.setId(Finding.stableId(Finding.ROLE_CONFLICT, a.getSubject(), a.getArticleId(), "roster"));
    f.sideA(a, a.getValue());
    f.setValueB(rosterValue);
    f.setSourceB("roster");
    f.setEvidenceB("Roster: " + against.name + ", " + rosterValue + ", from "
        + (against.validFrom.isEmpty() ? "(open)" : against.validFrom) + " to "
        + (against.validTo.isEmpty() ? "(open)" : against.validTo));
    f.setScore(Findings.score(first.get(0).weight + 0.05 + 0.03 * (first.size() - 1)));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals("roster=0.05;" + signals(first));
    f.setExplanation(String.format(Locale.ROOT,
        "%s is called '%s' in a report (%s), but the roster lists %s as %s at that date: %s.", a.getSubject(),
        a.getValue().trim(), Findings.where(a.getPublished(), a.getSource()), against.name, rosterValue,
        words(first)));
    return f;
  }

  private static RoleParser.Role rosterRole(Lexicons.RosterEntry e) {
    RoleParser.Role r = RoleParser.parse(e.role, "");
    r.timeBound = false; // the roster's dates already bound it
    if (!e.organisation.isEmpty()) {
      RoleParser.Role org = RoleParser.parse(e.organisation, "");
      if (r.party.isEmpty()) {
        r.party = org.party;
      }
      if (r.state.isEmpty()) {
        r.state = org.state;
      }
      if (r.institution.isEmpty() && org.party.isEmpty() && !r.exclusiveOffice()) {
        // a legislator's organisation is the chamber, not an institution to compare
        r.institution = org.institution.isEmpty() ? e.organisation.toLowerCase(Locale.ROOT) : org.institution;
      }
    }
    return r;
  }

  private static String signals(List<Reason> reasons) {
    StringBuilder b = new StringBuilder();
    for (Reason r : reasons) {
      b.append(b.length() == 0 ? "" : ";").append(r.signal).append('=').append(Findings.fmt(r.weight));
    }
    return b.toString();
  }

  private static String words(List<Reason> reasons) {
    List<String> w = new ArrayList<>();
    for (Reason r : reasons) {
      w.add(r.words);
    }
    return String.join("; ", w);
  }
}
