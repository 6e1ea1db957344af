package io.crossfact.extract.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Closed word classes the figure extractor reads prose with. Lower case; lemmas where noted. */
final class FigureLexicon {
  private FigureLexicon() {}

  static final String ABOUT = "about";
  static final String OVER = "over";
  static final String UNDER = "under";
  static final String AT_LEAST = "at least";
  static final String AT_MOST = "at most";
  static final String NEARLY = "nearly";
  static final String RANGE = "range";
  static final String VAGUE = "vague";
  static final String ORDINAL = "ordinal";

  /** Qualifier phrases before a number; matched longest first. */
  static final String[][] QUALIFIERS = {
      {"in excess of", OVER}, {"a little over", OVER}, {"a little more than", OVER}, {"just over", OVER},
      {"well over", OVER}, {"more than", OVER}, {"greater than", OVER}, {"upwards of", OVER}, {"over", OVER},
      {"above", OVER}, {"exceeding", OVER}, {"north of", OVER},
      {"fewer than", UNDER}, {"less than", UNDER}, {"lower than", UNDER}, {"under", UNDER}, {"below", UNDER},
      {"just under", NEARLY}, {"just shy of", NEARLY}, {"nearly", NEARLY}, {"almost", NEARLY}, {"close to", NEARLY},
      {"not quite", NEARLY}, {"approaching", NEARLY},
      {"at least", AT_LEAST}, {"no fewer than", AT_LEAST}, {"no less than", AT_LEAST}, {"a minimum of", AT_LEAST},
      {"at most", AT_MOST}, {"up to", AT_MOST}, {"as many as", AT_MOST}, {"as much as", AT_MOST},
      {"no more than", AT_MOST}, {"not more than", AT_MOST}, {"a maximum of", AT_MOST},
      {"an estimated", ABOUT}, {"estimated", ABOUT}, {"about", ABOUT}, {"around", ABOUT}, {"roughly", ABOUT},
      {"approximately", ABOUT}, {"approx", ABOUT}, {"some", ABOUT}, {"circa", ABOUT}, {"an approximate", ABOUT},
      {"somewhere around", ABOUT}, {"in the region of", ABOUT}, {"on the order of", ABOUT},
  };

  /** Vague magnitudes: the words, then the interval they imply. */
  static final Object[][] VAGUE_FORMS = {
      {new String[] {"hundreds", "of", "millions"}, 100_000_000d, 999_999_999d},
      {new String[] {"tens", "of", "millions"}, 10_000_000d, 99_999_999d},
      {new String[] {"hundreds", "of", "thousands"}, 100_000d, 999_999d},
      {new String[] {"tens", "of", "thousands"}, 10_000d, 99_999d},
      {new String[] {"billions"}, 1_000_000_000d, 9_999_999_999d},
      {new String[] {"millions"}, 1_000_000d, 9_999_999d},
      {new String[] {"thousands"}, 1_000d, 9_999d},
      {new String[] {"hundreds"}, 100d, 999d},
      {new String[] {"dozens"}, 24d, 99d},
      {new String[] {"several", "dozen"}, 24d, 108d},
      {new String[] {"several", "hundred"}, 200d, 999d},
      {new String[] {"several", "thousand"}, 2_000d, 9_999d},
  };

  static final Set<String> VAGUE_STARTS = Set.of("several", "hundreds", "tens", "billions", "millions", "thousands", "dozens");

  /** Symbols and codes that put a currency before the number. */
  static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "\u20AC", "EUR", "\u00A3", "GBP",
      "\u00A5", "JPY", "\u20B9", "INR");
  static final Map<String, String> CURRENCY_PREFIX_WORDS = Map.of("us", "USD", "a", "AUD", "c", "CAD", "au", "AUD",
      "ca", "CAD", "nz", "NZD", "hk", "HKD", "r", "BRL");
  static final Map<String, String> CURRENCY_CODES = Map.ofEntries(Map.entry("usd", "USD"), Map.entry("eur", "EUR"),
      Map.entry("gbp", "GBP"), Map.entry("ksh", "KES"), Map.entry("kes", "KES"), Map.entry("inr", "INR"),
      Map.entry("rs", "INR"), Map.entry("jpy", "JPY"), Map.entry("cny", "CNY"), Map.entry("ngn", "NGN"),
      Map.entry("zar", "ZAR"), Map.entry("chf", "CHF"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"));
  /** Currency words after the number ({@code pounds} is settled separately: money or weight). */
  static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
      Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("yen", "JPY"),
      Map.entry("yuan", "CNY"), Map.entry("rupees", "INR"), Map.entry("shillings", "KES"), Map.entry("naira", "NGN"),
      Map.entry("rand", "ZAR"), Map.entry("francs", "CHF"), Map.entry("sterling", "GBP"));

  /** Measure units written after the number (or glued to it), to their unit label. */
  static final Map<String, String> MEASURES = new HashMap<>();

  static {
    String[][] m = {
        {"km", "km"}, {"kilometres", "km"}, {"kilometers", "km"}, {"kilometre", "km"}, {"kilometer", "km"},
        {"miles", "miles"}, {"mile", "miles"}, {"mi", "miles"}, {"yards", "yards"}, {"yard", "yards"}, {"yd", "yards"}, {"metres", "m"}, {"meters", "m"}, {"metre", "m"},
        {"meter", "m"}, {"feet", "feet"}, {"foot", "feet"}, {"ft", "feet"}, {"inches", "inches"}, {"cm", "cm"},
        {"centimetres", "cm"}, {"centimeters", "cm"}, {"mm", "mm"}, {"millimetres", "mm"}, {"millimeters", "mm"},
        {"tonnes", "tonnes"}, {"tonne", "tonnes"}, {"tons", "tonnes"}, {"ton", "tonnes"}, {"kg", "kg"},
        {"kilograms", "kg"}, {"kilogram", "kg"}, {"kilos", "kg"}, {"grams", "g"}, {"lb", "lb"}, {"lbs", "lb"},
        {"acres", "acres"}, {"acre", "acres"}, {"hectares", "hectares"}, {"hectare", "hectares"}, {"ha", "hectares"},
        {"litres", "litres"}, {"liters", "litres"}, {"litre", "litres"}, {"liter", "litres"}, {"gallons", "gallons"},
        {"barrels", "barrels"}, {"bpd", "barrels per day"}, {"megawatts", "MW"}, {"mw", "MW"}, {"gigawatts", "GW"},
        {"gw", "GW"}, {"kwh", "kWh"}, {"mph", "mph"}, {"kph", "km/h"}, {"degrees", "degrees"},
    };
    for (String[] e : m) {
      MEASURES.put(e[0], e[1]);
    }
  }

  /** Two-word measures ({@code square miles}): first word, second word, unit. */
  static final String[][] MEASURE_PAIRS = {
      {"square", "miles", "square miles"}, {"square", "kilometres", "km2"}, {"square", "kilometers", "km2"},
      {"sq", "km", "km2"}, {"square", "feet", "square feet"}, {"metric", "tons", "tonnes"},
      {"cubic", "metres", "m3"}, {"cubic", "meters", "m3"},
  };

  /** Nouns of time: a number before one is a duration or a date part, not a figure. */
  static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
      "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
      "weekend", "weekends", "night", "nights", "times", "time", "o'clock", "a.m.", "p.m.", "am", "pm", "gmt", "utc",
      "et", "bst", "cet", "eat", "years-old", "yrs");

  /** Words that end a counted noun phrase: names of days and months, time words. */
  static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "today", "yesterday", "tomorrow", "tonight", "ago", "earlier", "later", "last", "next",
      "this", "annually", "daily", "weekly", "monthly", "yearly", "overnight", "since", "nationwide", "statewide",
      "worldwide", "globally", "nationally");

  /** Function words: a counted noun phrase never crosses one. */
  static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "nor", "in", "on", "at", "to", "from",
      "by", "with", "for", "of", "across", "during", "after", "before", "over", "under", "between", "into", "among",
      "per", "than", "as", "about", "around", "within", "through", "throughout", "against", "without", "toward",
      "towards", "near", "since", "until", "via", "who", "that", "which", "whose", "whom", "where", "when", "while",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
      "may", "might", "can", "must", "did", "do", "does", "this", "these", "those", "their", "its", "his", "her",
      "our", "your", "my", "they", "them", "he", "she", "it", "we", "you", "i", "there", "here", "not", "no", "so",
      "if", "because", "also", "too", "each", "every", "more", "less", "fewer", "up", "down", "out", "off", "all",
      "both", "either", "neither", "such", "what", "how", "why", "then", "now", "still", "just", "only", "even",
      "said", "says", "say", "according", "including", "like", "unlike", "versus", "vs", "whereas", "although",
      "though", "yet", "'s", "along", "beside", "alongside", "behind", "onto", "upon", "inside", "outside", "beyond", "despite", "amid", "above", "below");

  /** Common verbs that follow a counted noun phrase ({@code 500 people live ...}) and end it. */
  static final Set<String> VERBS = Set.of("live", "die", "dies", "died", "remain", "remains", "remained", "need",
      "want", "get", "gets", "got", "go", "goes", "went", "come", "comes", "came", "make", "makes", "made", "take",
      "takes", "took", "see", "saw", "know", "knew", "think", "thought", "believe", "believes", "expect", "expects",
      "attend", "attends", "receive", "receives", "flee", "fled", "leave", "left", "become", "became", "held", "found",
      "stay", "stays", "lack", "lacks", "tell", "told", "rose", "fell", "grew", "ran", "won", "lost", "gave", "sold",
      "paid", "spent", "include", "includes", "seek", "sought", "join", "joins", "gather", "gathered", "wait", "sit",
      "sat", "reach", "reached", "is", "are", "was", "were", "have", "has", "had", "say", "said", "says");

  /** Participles that may follow a counted noun as a post-modifier ({@code people displaced}) and end it. */
  static final Set<String> POST_PARTICIPLES = Set.of("displaced", "killed", "injured", "wounded", "missing", "dead",
      "hurt", "lost", "arrested", "detained", "evacuated", "hospitalized", "hospitalised", "infected", "affected",
      "vaccinated", "rescued", "stranded", "homeless", "deported", "employed", "unemployed", "created", "cut",
      "sold", "built", "destroyed", "damaged", "confirmed", "reported", "recorded", "registered", "dismissed");

  /** Participles that say how a count is known ({@code were reported}), never part of what is counted. */
  static final Set<String> REPORTING_PARTICIPLES = Set.of("reported", "recorded", "registered", "logged", "counted",
      "documented", "tallied");

  /** Verbs before a count of people that say what happened to them ({@code displaced 40,000 people}). */
  static final Set<String> DONE_TO_PEOPLE = Set.of("displaced", "killed", "injured", "wounded", "evacuated",
      "hospitalized", "hospitalised", "arrested", "detained", "rescued", "deported", "infected", "kills", "killing");

  /** Verbs that say what an actor did with a sum ({@code the Treasury borrowed £18.5bn}). */
  static final Set<String> MONEY_VERBS = Set.of("borrowed", "borrows", "spent", "spends", "raised", "raises", "paid",
      "pays", "earned", "earns", "invested", "invests", "received", "receives", "generated", "collected", "pledged",
      "pledges", "donated", "allocated", "approved", "awarded", "budgeted", "owes", "owed", "lost", "loses", "made",
      "makes", "netted", "posted", "reported", "booked", "fined", "seized", "requested", "sought");

  /**
   * Past-tense verbs before a count of jobs that say they were lost ({@code Arizona lost 18,832 jobs}). Not
   * {@code cut} or {@code lose}: "the company will cut 1,200 jobs" announces a plan, a count of jobs, not losses.
   */
  static final Set<String> JOB_LOSS_VERBS = Set.of("lost", "shed", "eliminated", "slashed", "axed");

  /** Verbs of fire before or after an area ({@code wildfires burned 4.2 million acres}, {@code 6,000 acres burned}). */
  static final Set<String> FIRE_VERBS = Set.of("burned", "burnt", "burn", "burns", "scorched", "scorch", "charred",
      "blackened", "consumed");

  /** Verbs by which a cause leaves a sum of damage ({@code floods caused $1.1bn in damage}). */
  static final Set<String> CAUSE_VERBS = Set.of("caused", "causes", "cause", "did", "left", "inflicted");

  /** Verbs of estimating before the estimated noun ({@code the agency put flood damage at $1.8bn}). */
  static final Set<String> ESTIMATE_VERBS = Set.of("put", "puts", "estimated", "estimates", "pegged", "pegs",
      "placed", "places", "valued", "values");

  /** Verbs of dying (lemmas): a count of people who did this is a count of deaths. */
  static final Set<String> DEATH_VERBS = Set.of("die", "kill", "dead", "perish", "slay", "drown");

  /** Lemmas of nouns counting persons: their figures get the unit {@code people}. */
  static final Set<String> PERSON_NOUNS = Set.of(
      "people", "resident", "individual", "civilian", "child", "man", "woman", "adult", "patient", "student",
      "worker", "employee", "voter", "democrat", "republican", "migrant", "refugee", "soldier", "troop", "officer",
      "victim", "death", "fatality", "casualty", "member", "customer", "passenger", "visitor", "tourist",
      "teacher", "nurse", "doctor", "physician", "inmate", "prisoner", "hostage", "protester", "protestor",
      "demonstrator", "fighter", "militant", "citizen", "immigrant", "survivor", "user", "teenager", "teen",
      "youth", "infant", "baby", "senior", "veteran", "farmer", "miner", "journalist", "pupil", "athlete",
      "player", "fan", "attendee", "participant", "respondent", "official", "lawmaker", "senator", "delegate",
      "applicant", "recipient", "beneficiary", "homeowner", "tenant", "driver", "pedestrian", "cyclist",
      "worshipper", "pilgrim", "evacuee", "subscriber", "viewer", "listener", "reader", "follower", "volunteer",
      "staffer", "personnel", "police", "firefighter", "contractor", "asylum-seeker", "newborn", "girl", "boy",
      "kid", "family", "household", "american", "independent", "parent", "mother", "father", "defendant",
      "suspect", "detainee", "population", "seeker", "shooter", "gunman", "caller", "guest", "spectator", "marcher", "striker");

  /** Nouns of change: a figure counting one measures a change of the metric that follows ({@code increase in}). */
  static final Map<String, String> CHANGE_NOUNS = Map.ofEntries(Map.entry("increase", "increase"),
      Map.entry("rise", "increase"), Map.entry("jump", "increase"), Map.entry("surge", "increase"),
      Map.entry("growth", "increase"), Map.entry("gain", "increase"), Map.entry("spike", "increase"),
      Map.entry("hike", "increase"), Map.entry("uptick", "increase"), Map.entry("climb", "increase"),
      Map.entry("decrease", "decrease"), Map.entry("decline", "decrease"), Map.entry("drop", "decrease"),
      Map.entry("fall", "decrease"), Map.entry("reduction", "decrease"), Map.entry("cut", "decrease"),
      Map.entry("dip", "decrease"), Map.entry("plunge", "decrease"), Map.entry("slump", "decrease"),
      Map.entry("downturn", "decrease"), Map.entry("change", "change"));

  /** Verbs between a metric and its value ({@code deaths rose to 1,400}), with the direction they state. */
  static final Map<String, String> CHAIN = new HashMap<>();

  static {
    for (String w : new String[] {"rose", "rise", "rises", "risen", "climbed", "climbs", "jumped", "jumps",
        "increased", "increases", "grew", "grows", "soared", "soars", "surged", "surges", "spiked", "gained",
        "gains", "up", "swelled", "ballooned", "doubled", "tripled", "rising", "climbing", "increasing"}) {
      CHAIN.put(w, "increase");
    }
    for (String w : new String[] {"fell", "falls", "fallen", "dropped", "drops", "declined", "declines",
        "decreased", "decreases", "plunged", "plummeted", "tumbled", "slid", "slipped", "dipped", "shrank", "shrunk",
        "down", "halved", "falling", "dropping", "declining"}) {
      CHAIN.put(w, "decrease");
    }
    for (String w : new String[] {"to", "at", "of", "by", "from", "was", "were", "is", "are", "be", "been", "being",
        "has", "have", "had", "reached", "reach", "reaches", "hit", "hits", "totaled", "totalled", "totals",
        "totaling", "totalling", "topped", "tops", "exceeded", "exceeds", "passed", "surpassed", "stood", "stands",
        "stand", "numbered", "numbers", "reaching", "hitting", "worth", "cost", "costs", "amounted", "amounts",
        "came", "comes", "now", "still", "put", "puts", "estimated", "estimates", "pegged", "placed", "counted",
        "recorded", "reported", "registered", "logged", "saw", "sees", "record", "valued", "priced", "averaged", "averages",
        "averaging", "will",
        "would", "could", "may", "might", "than", "just", "only", "nearly", "around"}) {
      CHAIN.putIfAbsent(w, "");
    }
  }

  /** Words before a number that make it a reference, not a quantity ({@code Section 230}, {@code No. 5}). */
  static final Set<String> REFERENCE_WORDS = Set.of("section", "sections", "article", "articles", "chapter",
      "title", "rule", "amendment", "no", "nos", "number", "#", "room", "route", "highway", "interstate", "flight",
      "bill", "hb", "sb", "proposition", "prop", "case", "docket", "exhibit", "form", "model", "version", "level",
      "phase", "stage", "grade", "category", "class", "page", "pages", "p", "pp", "vol", "volume", "item", "part",
      "paragraph", "clause", "schedule", "appendix", "district", "ward", "precinct", "unit", "apt", "apartment",
      "suite", "box", "gate", "pier", "platform", "channel", "station", "line", "bus", "train", "rank", "ranked",
      "week", "day", "episode", "season", "game", "round", "lap", "hole", "figure", "fig", "table", "step", "zone",
      "sector", "block", "lot", "building", "floor", "exit", "act", "resolution", "order", "ordinance", "code",
      "covid", "top", "lane", "pool", "group", "verse", "psalm", "parcel", "plot", "seat", "row", "terminal",
      "berth", "tier", "wave", "ticket", "id", "serial", "account", "postcode", "zip", "ext", "extension", "x",
      "aged", "ages", "age", "chapters", "studio", "apollo", "iphone", "galaxy", "pixel");

  /** Street name endings: a number before a capitalized name ending in one is an address. */
  static final Set<String> STREET_SUFFIXES = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard",
      "blvd", "lane", "ln", "drive", "dr", "way", "place", "pl", "court", "ct", "terrace", "highway", "parkway",
      "pkwy", "square", "circle", "plaza", "crescent", "close", "row", "alley", "pike", "turnpike");

  /** Words before an ordinal that make it a count of occurrences ({@code his sixth visit}). */
  static final Set<String> ORDINAL_DETERMINERS = Set.of("the", "his", "her", "their", "its", "a", "our", "my",
      "your", "this", "that");

  /** Heads after an ordinal that do not count occurrences ({@code the second half}, {@code the third quarter}). */
  static final Set<String> ORDINAL_EXCLUDED = Set.of("half", "quarter", "place", "floor", "century", "round",
      "grade", "amendment", "time", "times", "day", "week", "month", "year", "person", "hand", "thought", "thoughts",
      "opinion", "look", "chance", "part", "phase", "stage", "period", "wave", "generation", "largest", "biggest",
      "highest", "lowest", "most", "least", "one", "ones", "edition", "row", "street", "avenue", "class", "degree",
      "leg", "set", "inning", "innings", "level", "tier", "line");

  /** Words that drop out of a metric key: degree, novelty and determiners ({@code 1,400 more new cases} → case). */
  static final Set<String> METRIC_DROP = Set.of("the", "a", "an", "more", "additional", "new", "other", "total",
      "extra", "estimated", "some", "about", "nearly", "least", "only", "just", "all", "overall", "combined",
      "cumulative", "further", "another", "roughly", "approximately", "around", "almost", "over", "record",
      "confirmed", "reported", "recorded", "known", "officially", "official", "registered-only", "whopping", "mere",
      "full", "entire", "whole", "of", "figure", "tally", "count", "number", "national", "nationwide", "statewide",
      "local", "regional", "global", "worldwide", "state", "country", "nation", "city", "year", "annual");

  /** Words that, before {@code country}/{@code nation}/{@code state}/{@code city}, make it an anaphor of the last named one. */
  static final Set<String> ANAPHOR_DETERMINERS = Set.of("the", "this", "our", "that");

  /** Words after a year-like number that still make it a count ({@code 2000 people}). */
  static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police", "staff",
      "personnel", "sheep", "cattle", "fish", "aircraft", "troops");
}
