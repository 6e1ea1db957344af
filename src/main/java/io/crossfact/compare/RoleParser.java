package io.crossfact.compare;

import io.crossfact.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a role as stated ("Sen.", "Vermont Democrat", "R-OH", "Deputy Minister of Health", "senior fellow at the
 * Atlantic Council", "former senator") into an office class, party, state and institution. Patterns are tried most
 * specific first, so "deputy minister" is never read as "minister" and "press secretary" never as "secretary".
 */
final class RoleParser {
  private RoleParser() {}

  /** What a role says; empty strings where it says nothing. */
  static final class Role {
    final String stated;
    String office = "";
    String party = "";
    String state = "";
    String institution = "";
    /** former / then- / ex- / -elect / candidate: not an office held now, so never a conflict. */
    boolean timeBound;

    Role(String stated) {
      this.stated = stated;
    }

    boolean exclusiveOffice() {
      if (EXCLUSIVE.contains(office)) {
        return true;
      }
      // a bare "President" is a head of state; "president of the Atlantic Council" runs an organisation
      return (office.equals("president") || office.equals("vice_president")) && institution.isEmpty();
    }

    boolean political() {
      return exclusiveOffice() || !party.isEmpty();
    }

    /** What the role says, independent of wording: "Sen." and "senator" read the same. */
    String reading() {
      if (reading == null) {
        reading = office + "|" + party + "|" + state + "|" + institution;
      }
      return reading;
    }

    private String reading;

    boolean empty() {
      return office.isEmpty() && party.isEmpty() && state.isEmpty() && institution.isEmpty();
    }
  }

  /** Offices one person cannot hold two of at once. */
  static final Set<String> EXCLUSIVE = Set.of("senator", "representative", "state_senator", "state_representative",
      "governor", "lieutenant_governor", "mayor", "deputy_mayor", "prime_minister", "deputy_prime_minister",
      "minister", "deputy_minister");
  /** Offices where "of X"/"for X" names the institution or portfolio (for a professor it names the field). */
  private static final Set<String> OF_INSTITUTION = Set.of("minister", "deputy_minister", "secretary",
      "deputy_secretary", "director", "deputy_director", "president", "vice_president", "chair", "ceo", "fellow",
      "spokesperson", "mayor", "governor", "deputy_mayor");

  private static final Pattern TIME_BOUND = Pattern.compile(
      "\\b(former|formerly|ex|then|retired|onetime|one-time|erstwhile|outgoing|late|previously|once|elect|"
          + "incoming|designate|nominee|candidate|hopeful|would-be|future|past)\\b");

  private static final Map<Pattern, String> OFFICES = new LinkedHashMap<>();
  private static final Map<Pattern, String> PARTIES = new LinkedHashMap<>();
  private static final Set<String> AMBIGUOUS_PARTIES = Set.of("Labour", "Conservative", "Green", "Independent");
  private static final Pattern PARTY_STATE = Pattern.compile("(?<![a-z])([rdi])\\s*-\\s*([a-z]{2}(?:[a-z.]{0,5}))");
  private static final Map<String, String> STATE_ABBR = new LinkedHashMap<>();
  private static final List<String> STATE_NAMES = new ArrayList<>();
  private static final Map<String, Pattern> STATE_PATTERNS = new LinkedHashMap<>();
  private static final Set<String> PREFIX_NOISE = Set.of("senior", "junior", "deputy", "associate", "assistant",
      "former", "the", "a", "an", "state", "u.s.", "us", "vice", "chief", "acting", "interim", "visiting",
      "distinguished", "adjunct", "research", "nonresident", "non-resident", "prime", "top", "lead", "principal",
      "executive", "managing", "general", "regional", "and");
  private static final Set<String> INSTITUTION_STOP = Set.of("the", "of", "at", "for", "and", "university",
      "institute", "institution", "center", "centre", "school", "college", "department", "dept", "ministry",
      "council", "foundation", "inc", "corp", "company", "&", "on", "in");

  static {
    // clergy, academic and honorary titles first: "ordained Baptist minister" is not a government minister, and
    // none of them excludes holding an office
    office("ordained|reverend|rev\\.|pastor|priest|rabbi|imam|bishop|archbishop|cardinal|chaplain|deacon|"
        + "(baptist|methodist|lutheran|presbyterian|evangelical|episcopal|catholic|church|christian) minister|"
        + "minister of (the|a) (church|congregation|gospel)", "clergy");
    office("honorary|emerit(us|a)|laureate|\\bdame\\b|\\bsir\\b|knight", "honorary");
    office("deputy prime minister|vice prime minister", "deputy_prime_minister");
    office("prime minister|premier", "prime_minister");
    office("(deputy|vice|assistant|junior)\\b[a-z ,]{0,25}\\bminister|minister of state", "deputy_minister");
    office("minister", "minister");
    office("vice[- ]president", "vice_president");
    office("lieutenant governor|lt\\.? gov\\.?", "lieutenant_governor");
    office("governor|gov\\.", "governor");
    office("state senator|state sen\\.", "state_senator");
    office("state representative|state rep\\.|assemblym(an|woman|ember)|state delegate", "state_representative");
    office("senators?|sen\\.|senate (majority|minority) (leader|whip)", "senator");
    office("congress(man|woman|person)|rep\\.|representative(?!\\s+(of|for|at|to)\\b)|member of congress|"
        + "house (speaker|majority leader|minority leader)|speaker of the house", "representative");
    office("deputy mayor", "deputy_mayor");
    office("mayor", "mayor");
    office("press secretary|spokes(person|man|woman)|spokesperson", "spokesperson");
    office("(deputy|under|assistant)[- ]?secretary|undersecretary", "deputy_secretary");
    office("attorney general", "attorney_general");
    office("secretary", "secretary");
    office("president", "president");
    office("chief executive( officer)?|ceo", "ceo");
    office("deputy director", "deputy_director");
    office("director", "director");
    office("professor|prof\\.", "professor");
    office("fellow", "fellow");
    office("chair(man|woman|person)?", "chair");
    office("economist", "economist");
    office("analyst", "analyst");
    office("researcher|research scientist", "researcher");
    office("scientist", "scientist");
    office("lecturer", "lecturer");

    party("liberal democrats?|lib dem", "Liberal Democrat");
    party("democrat|democratic|dem\\.", "Democratic");
    party("republican|gop", "Republican");
    party("labour|labor party", "Labour");
    party("conservative|tory", "Conservative");
    party("green party", "Green");
    party("independent", "Independent");

    String[][] states = {{"al", "ala", "alabama"}, {"ak", "alaska", "alaska"}, {"az", "ariz", "arizona"},
        {"ar", "ark", "arkansas"}, {"ca", "calif", "california"}, {"co", "colo", "colorado"},
        {"ct", "conn", "connecticut"}, {"de", "del", "delaware"}, {"fl", "fla", "florida"}, {"ga", "ga", "georgia"},
        {"hi", "hawaii", "hawaii"}, {"id", "idaho", "idaho"}, {"il", "ill", "illinois"}, {"in", "ind", "indiana"},
        {"ia", "iowa", "iowa"}, {"ks", "kan", "kansas"}, {"ky", "ky", "kentucky"}, {"la", "la", "louisiana"},
        {"me", "maine", "maine"}, {"md", "md", "maryland"}, {"ma", "mass", "massachusetts"},
        {"mi", "mich", "michigan"}, {"mn", "minn", "minnesota"}, {"ms", "miss", "mississippi"},
        {"mo", "mo", "missouri"}, {"mt", "mont", "montana"}, {"ne", "neb", "nebraska"}, {"nv", "nev", "nevada"},
        {"nh", "n.h", "new hampshire"}, {"nj", "n.j", "new jersey"}, {"nm", "n.m", "new mexico"},
        {"ny", "n.y", "new york"}, {"nc", "n.c", "north carolina"}, {"nd", "n.d", "north dakota"},
        {"oh", "ohio", "ohio"}, {"ok", "okla", "oklahoma"}, {"or", "ore", "oregon"}, {"pa", "pa", "pennsylvania"},
        {"ri", "r.i", "rhode island"}, {"sc", "s.c", "south carolina"}, {"sd", "s.d", "south dakota"},
        {"tn", "tenn", "tennessee"}, {"tx", "texas", "texas"}, {"ut", "utah", "utah"}, {"vt", "vt", "vermont"},
        {"va", "va", "virginia"}, {"wa", "wash", "washington"}, {"wv", "w.va", "west virginia"},
        {"wi", "wis", "wisconsin"}, {"wy", "wyo", "wyoming"}};
    for (String[] s : states) {
      String name = title(s[2]);
      STATE_ABBR.put(s[0], name);
      STATE_ABBR.put(s[1], name);
      STATE_ABBR.put(s[1].replace(".", ""), name);
      STATE_ABBR.put(s[2].replace(" ", ""), name);
      STATE_NAMES.add(s[2]);
    }
    // longest first, so "west virginia" wins over "virginia"
    STATE_NAMES.sort((p, q) -> q.length() != p.length() ? q.length() - p.length() : p.compareTo(q));
    for (String name : STATE_NAMES) {
      STATE_PATTERNS.put(name, Pattern.compile("(?<![a-z])" + Pattern.quote(name) + "(?![a-z])"));
    }
  }

  private static void office(String regex, String cls) {
    OFFICES.put(Pattern.compile("(?<![a-z])(" + regex + ")(?![a-z])"), cls);
  }

  private static void party(String regex, String name) {
    PARTIES.put(Pattern.compile("(?<![a-z])(" + regex + ")(?![a-z])"), name);
  }

  private static String title(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }

  /** Reads a role as stated; {@code qualifier} "former" (from the extractor) marks it time-bound. */
  static Role parse(String stated, String qualifier) {
    Role r = new Role(stated);
    String t = TextNormalizer.normalize(stated);
    r.timeBound = normalizedTimeBound(t, qualifier);
    int officeAt = -1;
    int officeEnd = -1;
    for (Map.Entry<Pattern, String> e : OFFICES.entrySet()) {
      Matcher m = e.getKey().matcher(t);
      if (m.find()) {
        r.office = e.getValue();
        officeAt = m.start();
        officeEnd = m.end();
        break;
      }
    }
    Matcher ps = PARTY_STATE.matcher(t);
    if (ps.find()) {
      String st = STATE_ABBR.get(ps.group(2).replace(".", ""));
      if (st != null) {
        r.party = ps.group(1).equals("r") ? "Republican" : ps.group(1).equals("d") ? "Democratic" : "Independent";
        r.state = st;
      }
    }
    if (r.party.isEmpty()) {
      boolean politicalContext = EXCLUSIVE.contains(r.office) || t.contains("party") || t.contains("lawmaker")
          || t.contains("legislator");
      for (Map.Entry<Pattern, String> e : PARTIES.entrySet()) {
        // "independent analyst", "labor economist", "conservative commentator" name no party
        if (AMBIGUOUS_PARTIES.contains(e.getValue()) && !politicalContext) {
          continue;
        }
        if (e.getKey().matcher(t).find()) {
          r.party = e.getValue();
          break;
        }
      }
    }
    if (r.state.isEmpty()) {
      for (Map.Entry<String, Pattern> s : STATE_PATTERNS.entrySet()) {
        if (s.getValue().matcher(t).find()) {
          r.state = title(s.getKey());
          break;
        }
      }
    }
    r.institution = institution(t, r.office, officeAt, officeEnd);
    if (r.office.isEmpty() && r.party.isEmpty() && r.state.isEmpty() && r.institution.isEmpty()
        && properName(stated)) {
      // a bare affiliation ("Atlantic Council") is the institution itself; lower-case debris ("said on Tuesday")
      // from the extractor is not, or every slip would become a conflict
      r.institution = clean(t);
    }
    return r;
  }

  /** {@code parse(stated, qualifier).timeBound} alone, without reading office, party, state and institution. */
  static boolean timeBound(String stated, String qualifier) {
    return normalizedTimeBound(TextNormalizer.normalize(stated), qualifier);
  }

  private static boolean normalizedTimeBound(String normalized, String qualifier) {
    return TIME_BOUND.matcher(normalized).find() || TIME_BOUND.matcher(TextNormalizer.normalize(qualifier)).find();
  }

  private static final Pattern AT = Pattern.compile("(?<![a-z])at\\s+(.+)$");
  private static final Pattern OF = Pattern.compile("^\\s*(of|for|with)\\s+(.+)$");

  /** Every word capitalised, bar linking words: "Atlantic Council", "Bank of England". */
  static boolean properName(String s) {
    boolean any = false;
    for (String w : s.trim().split("[\\s]+")) {
      if (w.isEmpty() || LINKING.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static final Set<String> LINKING = Set.of("of", "for", "the", "and", "at", "on", "in", "&", "de", "du");

  private static String institution(String t, String office, int at, int end) {
    Matcher m = AT.matcher(t);
    if (m.find()) {
      return clean(m.group(1));
    }
    if (OF_INSTITUTION.contains(office) && end >= 0) {
      Matcher of = OF.matcher(t.substring(end));
      if (of.find()) {
        return clean(of.group(2));
      }
    }
    if (at > 0) {
      // "Yale professor", "Health Minister", "Brookings fellow": the words before the office name the institution
      List<String> kept = new ArrayList<>();
      for (String w : t.substring(0, at).trim().split("\\s+")) {
        if (!w.isEmpty() && !PREFIX_NOISE.contains(w) && !TIME_BOUND.matcher(w).matches()
            && !STATE_NAMES.contains(w) && !isPartyWord(w)) {
          kept.add(w);
        }
      }
      return clean(String.join(" ", kept));
    }
    return "";
  }

  private static boolean isPartyWord(String w) {
    for (Pattern p : PARTIES.keySet()) {
      if (p.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String clean(String s) {
    String c = s.replaceAll("[(\\[].*$", "").replaceAll("[,;:].*$", "").trim();
    c = c.replaceAll("^(the|a|an)\\s+", "").replaceAll("[.'\"]+$", "").trim();
    return c;
  }

  /** Institutions are the same when one's distinctive words are all in the other's ("Yale" vs "Yale University"). */
  static boolean sameInstitution(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    List<String> x = distinctive(a);
    List<String> y = distinctive(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true; // nothing distinctive on one side: cannot tell them apart, so no conflict
    }
    return y.containsAll(x) || x.containsAll(y);
  }

  private static List<String> distinctive(String s) {
    List<String> out = new ArrayList<>();
    for (String w : TextNormalizer.words(s)) {
      if (!INSTITUTION_STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words of {@code lowered} as the role wrote them ("Atlantic Council", not "atlantic council") when found. */
  static String asWritten(String stated, String lowered) {
    int at = stated.toLowerCase(Locale.ROOT).indexOf(lowered);
    return at < 0 || lowered.isEmpty() ? lowered : stated.substring(at, at + lowered.length());
  }

  /** Plain words for an office class in explanations. */
  static String officeWords(String office) {
    switch (office) {
      case "ceo": return "chief executive";
      case "state_senator": return "state senator";
      case "state_representative": return "state representative";
      default: return office.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }
}
