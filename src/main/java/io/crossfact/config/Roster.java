package io.crossfact.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who held which office when: the bundled roster ({@code lexicon/roster.csv}, rebuilt by {@code jobs/refresh-roster}
 * from public-domain sources) with the user's {@code conf/roster.csv} merged on top.
 *
 * <p>Answers three questions: did X hold office R on date D ({@link #held}), who held R on D ({@link #holders}), and
 * what offices X held when ({@link #termsOf}, {@link #officesOn}). Offices are compared as classes
 * ({@link #officeOf}): "House Speaker", "Speaker of the House" and "Speaker" are one office, "Sen." and "Senator"
 * another. Every term carries the date its source was last known to be right ({@code known_until}); a question about a
 * later date is answered {@link Answer#UNKNOWN}, never "no".
 */
public final class Roster implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The bundled roster on the class path. */
  public static final String BUNDLED = "lexicon/roster.csv";

  /** Yes, no, or the roster cannot tell (person or date not covered). */
  public enum Answer { YES, NO, UNKNOWN }

  /** One span of one office held by one person; dates ISO, empty = open. */
  public static final class Term implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String name;
    public final String role;
    public final String office;
    public final String jurisdiction;
    public final String start;
    public final String end;
    public final String party;
    public final String knownUntil;

    Term(String name, String role, String jurisdiction, String start, String end, String party, String knownUntil) {
      this.name = name;
      this.role = role;
      this.office = officeOf(role);
      this.jurisdiction = jurisdiction;
      this.start = start;
      this.end = end;
      this.party = party;
      this.knownUntil = knownUntil;
    }

    /** Whether the term covers an ISO date ({@code yyyy-MM-dd}; a {@code yyyy} or {@code yyyy-MM} prefix also works). */
    public boolean covers(String iso) {
      String from = start.isEmpty() ? "" : start.substring(0, Math.min(iso.length(), start.length()));
      String to = end.isEmpty() ? "" : end.substring(0, Math.min(iso.length(), end.length()));
      return (from.isEmpty() || from.compareTo(iso) <= 0) && (to.isEmpty() || to.compareTo(iso) >= 0);
    }

    /** Whether the term began on or before a date. */
    public boolean begunBy(String iso) {
      return start.isEmpty() || start.substring(0, Math.min(iso.length(), start.length())).compareTo(iso) <= 0;
    }

    /** Whether the term had ended before a date. */
    public boolean endedBefore(String iso) {
      return !end.isEmpty() && end.substring(0, Math.min(iso.length(), end.length())).compareTo(iso) < 0;
    }

    @Override
    public String toString() {
      return name + ", " + role + (jurisdiction.isEmpty() ? "" : " (" + jurisdiction + ")") + ", "
          + (start.isEmpty() ? "?" : start) + " to " + (end.isEmpty() ? "open" : end);
    }
  }

  private final List<Term> terms;
  /** Lower-cased name or alias to the indexes of that person's terms. */
  private final Map<String, List<Integer>> byName = new HashMap<>();
  /** Lower-cased surname to the indexes of terms of everyone with that surname. */
  private final Map<String, List<Integer>> bySurname = new HashMap<>();
  /** Office class to the latest date its sources vouch for: a question about a later date is unknown. */
  private final Map<String, String> officeKnownUntil = new HashMap<>();

  private Roster(List<Term> terms, List<List<String>> aliases) {
    this.terms = List.copyOf(terms);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      List<String> names = new ArrayList<>(aliases.get(i));
      names.add(0, t.name);
      for (String n : names) {
        String k = nameKey(n);
        if (!k.isEmpty()) {
          List<Integer> list = byName.computeIfAbsent(k, x -> new ArrayList<>());
          if (!list.contains(i)) {
            list.add(i);
          }
        }
      }
      bySurname.computeIfAbsent(surname(t.name), x -> new ArrayList<>()).add(i);
      officeKnownUntil.merge(t.office, t.knownUntil, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
  }

  public static Roster empty() {
    return new Roster(List.of(), List.of());
  }

  /**
   * The bundled roster plus the user's entries ({@code name,role,organisation,valid_from,valid_to}; the organisation
   * is read as the jurisdiction). A user entry is taken as known for all time: the user vouches for it.
   */
  public static Roster load(boolean bundled, List<Lexicons.RosterEntry> user) {
    List<Term> terms = new ArrayList<>();
    List<List<String>> aliases = new ArrayList<>();
    if (bundled) {
      try (InputStream in = Roster.class.getResourceAsStream("/" + BUNDLED)) {
        if (in != null) {
          read(in, terms, aliases);
        }
      } catch (IOException e) {
        throw new ConfigException("bundled roster '" + BUNDLED + "': cannot read: " + e.getMessage(), e);
      }
    }
    for (Lexicons.RosterEntry e : user) {
      terms.add(new Term(e.name, e.role, e.organisation, e.validFrom, e.validTo, "", "9999-12-31"));
      aliases.add(List.of());
    }
    return new Roster(terms, aliases);
  }

  /** Reads roster rows ({@code name,role,jurisdiction,start,end,party,aliases,known_until}) from a stream. */
  static Roster read(InputStream in) throws IOException {
    List<Term> terms = new ArrayList<>();
    List<List<String>> aliases = new ArrayList<>();
    read(in, terms, aliases);
    return new Roster(terms, aliases);
  }

  private static void read(InputStream in, List<Term> terms, List<List<String>> aliases) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
        continue;
      }
      String[] c = line.split(",", -1);
      if (c.length < 5) {
        continue;
      }
      terms.add(new Term(c[0].trim(), c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim(),
          c.length > 5 ? c[5].trim() : "", c.length > 7 && !c[7].isBlank() ? c[7].trim() : "9999-12-31"));
      List<String> al = new ArrayList<>();
      if (c.length > 6 && !c[6].isBlank()) {
        for (String a : c[6].split("\\|")) {
          al.add(a.trim());
        }
      }
      aliases.add(al);
    }
  }

  public int size() {
    return terms.size();
  }

  /** Every term of the person a name (or alias) denotes; empty when the roster does not know the name. */
  public List<Term> termsOf(String name) {
    List<Integer> idx = byName.get(nameKey(name));
    if (idx == null) {
      return List.of();
    }
    List<Term> out = new ArrayList<>();
    for (int i : idx) {
      out.add(terms.get(i));
    }
    return out;
  }

  public boolean knows(String name) {
    return byName.containsKey(nameKey(name));
  }

  /** The offices a person held on a date. */
  public List<Term> officesOn(String name, String isoDate) {
    List<Term> out = new ArrayList<>();
    for (Term t : termsOf(name)) {
      if (t.covers(isoDate)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether a person held an office class ({@link #officeOf}) on a date. {@link Answer#UNKNOWN} when the person is
   * not in the roster or the date lies after what the roster's sources knew about them.
   */
  public Answer held(String name, String office, String isoDate) {
    List<Term> ts = termsOf(name);
    if (ts.isEmpty() || office.isEmpty()) {
      return Answer.UNKNOWN;
    }
    for (Term t : ts) {
      if (sameOffice(t.office, office) && t.covers(isoDate)) {
        return Answer.YES;
      }
    }
    String known = knownUntil(office);
    return known.isEmpty() || known.substring(0, Math.min(known.length(), isoDate.length())).compareTo(isoDate) < 0
        ? Answer.UNKNOWN : Answer.NO;
  }

  /** The latest date the roster's sources vouch for an office class (empty: the roster has no such office). */
  public String knownUntil(String office) {
    String best = "";
    for (Map.Entry<String, String> e : officeKnownUntil.entrySet()) {
      if (sameOffice(e.getKey(), office) && e.getValue().compareTo(best) > 0) {
        best = e.getValue();
      }
    }
    return best;
  }

  /** The terms of a person in an office class, in date order. */
  public List<Term> termsIn(String name, String office) {
    List<Term> out = new ArrayList<>();
    for (Term t : termsOf(name)) {
      if (sameOffice(t.office, office)) {
        out.add(t);
      }
    }
    out.sort((a, b) -> a.start.compareTo(b.start));
    return out;
  }

  /** Who held an office class on a date; {@code jurisdiction} empty matches any (a state, "United States"). */
  public List<Term> holders(String office, String jurisdiction, String isoDate) {
    List<Term> out = new ArrayList<>();
    for (Term t : terms) {
      if (sameOffice(t.office, office) && t.covers(isoDate)
          && (jurisdiction.isEmpty() || t.jurisdiction.equalsIgnoreCase(jurisdiction))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Terms in an office class held by someone else with the same surname: "President Bush" said of Jeb Bush is as
   * likely about George W. Bush. {@code isoDate} empty means at any time.
   */
  public List<Term> namesakesIn(String name, String office, String isoDate) {
    List<Term> out = new ArrayList<>();
    String self = nameKey(name);
    List<Term> own = termsOf(name);
    List<Integer> idx = bySurname.get(surname(name));
    if (idx == null) {
      return out;
    }
    for (int i : idx) {
      Term t = terms.get(i);
      if (own.contains(t) || nameKey(t.name).equals(self) || !sameOffice(t.office, office)) {
        continue;
      }
      if (isoDate.isEmpty() || t.covers(isoDate)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a term's office class answers a wanted class: a bare "majority leader" matches either chamber's. */
  public static boolean sameOffice(String held, String wanted) {
    return held.equals(wanted) || held.endsWith("_" + wanted) && CHAMBERLESS.contains(wanted);
  }

  private static final java.util.Set<String> CHAMBERLESS = java.util.Set.of("majority_leader", "minority_leader",
      "majority_whip", "minority_whip");

  private static final Pattern WS = Pattern.compile("\\s+");
  // compiled once: every role comparison and expert check asks for name keys, and String.replaceAll compiles its
  // pattern on each call
  private static final Pattern PERIOD_OR_COMMA = Pattern.compile("[.,]");
  private static final Pattern LEADING_TITLE = Pattern.compile("^(mr|mrs|ms|dr|sen|rep|gov|president|senator|governor) ");
  private static final Pattern TRAILING_SUFFIX = Pattern.compile(" (jr|sr|ii|iii|iv)$");
  private static final List<String[]> OFFICES = new ArrayList<>();

  static {
    // most specific first; each pattern is searched in the lower-cased role with spaces folded
    office("(assistant|deputy) (speaker|senate|house|majority|minority)|pro tempore", "");
    office("speaker of the (u\\.?s\\.? )?house|house speaker|^speaker$|^speaker\\b", "speaker");
    office("senate majority leader", "senate_majority_leader");
    office("senate minority leader", "senate_minority_leader");
    office("house majority leader", "house_majority_leader");
    office("house minority leader", "house_minority_leader");
    office("senate majority whip", "senate_majority_whip");
    office("senate minority whip", "senate_minority_whip");
    office("house majority whip", "house_majority_whip");
    office("house minority whip", "house_minority_whip");
    office("\\bmajority leader", "majority_leader");
    office("\\bminority leader", "minority_leader");
    office("\\bmajority whip", "majority_whip");
    office("\\bminority whip", "minority_whip");
    office("conference|caucus|committee|steering|policy|outreach|communications", "");
    office("lieutenant governor|lt\\.? gov", "lieutenant_governor");
    office("governor[- ]general", "governor_general");
    office("vice[- ]president|^vp$", "vice_president");
    office("secretary of state", "secretary_of_state");
    office("state senator|state sen\\.", "state_senator");
    office("state representative|state rep\\.|assemblym", "state_representative");
    office("(?<![a-z])(gov\\.?|governor)(?![a-z])", "governor");
    office("(?<![a-z])(sen\\.|senator)(?![a-z])|^sen$", "senator");
    office("(?<![a-z])(rep\\.|representative|congress(man|woman|person)|member of congress)(?![a-z])|^rep$",
        "representative");
    office("(?<![a-z])president(?![a-z])(?!.*\\b(of|at|for)\\b(?! the united states))", "president");
  }

  private static void office(String regex, String cls) {
    OFFICES.add(new String[] {regex, cls});
  }

  private static final List<Pattern> OFFICE_PATTERNS = new ArrayList<>();
  private static final Pattern OBJECT = Pattern.compile("\\b(of|to|for|with|against|by|from|under)\\s+(the|a|an|his|her|their)?\\s*$");

  static {
    for (String[] o : OFFICES) {
      OFFICE_PATTERNS.add(Pattern.compile(o[0]));
    }
  }

  /**
   * The office class a role names: {@code speaker}, {@code senate_majority_leader} (or {@code majority_leader} when
   * no chamber is said), {@code senator}, {@code representative}, {@code governor}, {@code president},
   * {@code vice_president}, {@code secretary_of_state}, ...; any other role is its own lower-cased words, so a
   * user's "Chief Constable" answers "chief constable". Empty for posts the roster never compares (caucus chairs).
   */
  public static String officeOf(String role) {
    String r = WS.matcher(role.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    for (int i = 0; i < OFFICE_PATTERNS.size(); i++) {
      java.util.regex.Matcher m = OFFICE_PATTERNS.get(i).matcher(r);
      if (m.find()) {
        // "a critic of the president", "an aide to the senator": the office of someone else
        return OBJECT.matcher(r.substring(0, m.start())).find() ? "" : OFFICES.get(i)[1];
      }
    }
    return r;
  }

  /** Lower-cased name without titles, dots or commas: "Sen. Charles E. Schumer" and "charles e schumer" agree. */
  static String nameKey(String name) {
    String n = PERIOD_OR_COMMA.matcher(name.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
    n = WS.matcher(n).replaceAll(" ").trim();
    n = LEADING_TITLE.matcher(n).replaceAll("");
    n = TRAILING_SUFFIX.matcher(n).replaceAll("");
    return n;
  }


  static String surname(String name) {
    String[] w = nameKey(name).split(" ");
    return w.length == 0 ? "" : w[w.length - 1];
  }

  /** A read-only view of all terms, for listings and tests. */
  public List<Term> terms() {
    return Collections.unmodifiableList(terms);
  }

  /** Today's date as the roster compares it, for callers without an article date. */
  static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
