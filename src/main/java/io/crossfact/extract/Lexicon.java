package io.crossfact.extract;

import java.util.Locale;
import java.util.Set;

/** Closed word classes that tell names from the other capitalised words of news text. */
final class Lexicon {
  /** Capitalised words that open sentences or name times, never people. */
  static final Set<String> NOT_NAMES = words("the", "a", "an", "and", "but", "or", "so", "if", "when", "while",
      "as", "at", "in", "on", "of", "for", "to", "from", "by", "with", "after", "before", "during", "since", "until",
      "though", "although", "because", "however", "meanwhile", "still", "yet", "this", "that", "these", "those",
      "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
      "your", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "all", "some", "many", "most",
      "more", "one", "two", "three", "both", "each", "every", "other", "another", "such", "now", "then", "today",
      "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.", "mr.", "mrs.", "ms.", "asked", "said", "according", "also", "even", "just", "only", "read",
      "watch", "follow", "click", "share", "photo", "video", "image", "updated", "posted", "related", "advertisement",
      "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
      "should", "after", "over", "under", "about", "like", "instead", "indeed", "rather", "than", "last", "next",
      "thanks", "thank", "please", "let", "lets", "let’s", "well", "oh", "okay", "ok", "hey", "q", "a:", "via",
      "democrats", "republicans", "democrat", "republican", "americans", "god", "christmas", "easter", "election",
      "but", "dear", "sir", "mom", "dad", "big", "new", "old", "first", "second", "third", "former", "top", "senior",
      "neither", "either", "nor", "whether", "unlike", "despite", "among", "including", "unless", "whereas", "thus",
      "hence", "perhaps", "maybe", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
      "thousands", "millions", "every", "any", "none", "few", "much", "several", "during", "amid", "through",
      "within", "without", "toward", "towards", "again", "exclusive", "breaking", "update",
      "watch:", "listen", "video:", "photos", "here’s", "that’s", "it’s", "there’s", "what’s", "between",
      "across", "beyond", "throughout", "outside", "inside", "likewise", "meanwhile", "eleven",
      "twelve", "someone", "others");

  /** Words of {@link #NOT_NAMES} that are also surnames (George Will, Al From, Ian Read, Theresa May, Dan Rather). */
  static final Set<String> COMMON_WORD_SURNAMES = words("will", "from", "read", "may", "rather");
  /** Words that make a capitalised phrase an organisation, place or thing rather than a person. */
  static final Set<String> ORG_WORDS = words("department", "ministry", "university", "college", "school",
      "institute", "institution", "party", "committee", "council", "commission", "association", "union", "news",
      "times", "post", "journal", "tribune", "herald", "gazette", "press", "magazine", "network", "channel", "inc.",
      "inc", "corp", "corp.", "corporation", "company", "co.", "group", "foundation", "center", "centre", "house",
      "senate", "congress", "court", "street", "avenue", "road", "airport", "bank", "county", "state", "states",
      "city", "republic", "kingdom", "agency", "office", "administration", "service", "services", "church", "hospital",
      "club", "fund", "board", "bureau", "army", "navy", "force", "forces", "guard", "police", "campaign",
      "project", "program", "act", "bill", "law", "amendment", "report", "review", "magazine", "media", "tv",
      "radio", "online", "daily", "weekly", "today", "politics", "politico", "caucus", "convention", "summit",
      "conference", "forum", "council", "assembly", "parliament", "cabinet", "federation", "alliance", "coalition",
      "movement", "organization", "organisation", "society", "trust", "capital", "partners", "holdings",
      "motors", "electric", "airlines", "energy", "oil", "health", "security", "intelligence", "affairs",
      "watch", "action", "pac", "super", "matter", "lives", "tower", "towers", "hall", "square", "park", "island",
      "islands", "river", "lake", "mountain", "valley", "beach", "north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "national", "international", "federal", "american", "united",
      "democratic", "republican", "white", "supreme", "general", "tea", "twitter", "facebook", "google", "youtube",
      "instagram", "reddit", "wikileaks", "isis", "al-qaeda", "nato", "fbi", "cia", "nsa", "gop", "dnc", "rnc",
      "cnn", "nbc", "abc", "cbs", "msnbc", "fox", "npr", "pbs", "bbc", "reuters", "ap", "afp", "bloomberg", "show",
      "debate", "primary", "primaries", "morning", "evening", "war", "world", "cup", "prize",
      "award", "awards", "series", "league", "stadium", "arena", "museum", "library", "gallery", "theater",
      "theatre", "studio", "studios", "records", "pictures", "books", "press", "online", "blog", "podcast", "times",
      "economist", "atlantic", "hill", "mail", "sun", "star", "telegraph", "guardian", "independent", "observer",
      "examiner", "chronicle", "globe", "courier", "register", "sentinel", "inquirer", "bee", "dispatch",
      "insider", "beast", "breitbart", "salon", "slate", "vox", "axios", "buzzfeed", "huffpost", "huffington",
      "medicare", "medicaid", "obamacare", "care", "security", "budget", "tax", "plan", "deal", "agreement",
      "treaty", "doctrine", "era", "age", "policy", "index", "survey", "poll", "polls", "research", "study");

  /** Organisation words that outweigh a known given name ("George Washington University", "Ford Foundation"). */
  static final Set<String> STRONG_ORG_WORDS = words("department", "ministry", "university", "college", "school",
      "institute", "party", "committee", "council", "commission", "association", "news", "times", "journal",
      "inc", "inc.", "corp", "corp.", "company", "group", "foundation", "center", "centre", "agency", "office",
      "administration", "bureau", "fund", "airport", "bank", "county", "city", "state", "states", "hospital",
      "church", "club", "post", "tribune", "herald", "magazine", "network", "project", "coalition", "society",
      "museum", "library", "stadium", "campaign", "pac", "act", "law", "bill", "report", "show");

  /**
   * Whether capitalised words name an organisation or a thing rather than a person. A known given name in front
   * ("John Park", "Laura Bush") lets common words stand as surnames; only strong organisation words then count.
   */
  static boolean namesOrganization(java.util.List<String> words) {
    return namesOrganization(words, false);
  }

  /**
   * As {@link #namesOrganization(java.util.List)}, for words a personal title or honorific stands before ({@code
   * Mayor Fergus Rasmussen}) when {@code titled}: the title makes them a person's name, and an outlet's name among
   * them (Rasmussen, Fox, Time) is then a surname.
   */
  static boolean namesOrganization(java.util.List<String> words, boolean titled) {
    boolean person = words.size() > 1 && Genders.isKnownFirstName(words.get(0));
    for (int i = person ? 1 : 0; i < words.size(); i++) { // the given name itself is no organisation ("Bill")
      String l = PersonExtractor.stripPossessive(words.get(i)).toLowerCase(Locale.ROOT);
      if (OUTLETS.contains(l) && !titled || (person ? STRONG_ORG_WORDS.contains(l) : ORG_WORDS.contains(l))) {
        return true;
      }
    }
    return false;
  }

  /** Places that look like two-word names. */
  static final Set<String> PLACES = words("new", "york", "hampshire", "jersey", "mexico", "orleans", "delhi",
      "zealand", "south", "north", "carolina", "dakota", "west", "virginia", "rhode", "island", "los", "angeles",
      "san", "francisco", "diego", "antonio", "jose", "las", "vegas", "hong", "kong", "saudi", "arabia",
      "united", "kingdom", "states", "america", "washington", "iowa", "ohio", "texas", "florida", "california",
      "nevada", "michigan", "wisconsin", "pennsylvania", "illinois", "georgia", "arizona", "colorado", "utah",
      "oregon", "vermont", "maine", "maryland", "massachusetts", "connecticut", "delaware", "kentucky", "tennessee",
      "alabama", "mississippi", "louisiana", "arkansas", "missouri", "kansas", "nebraska", "oklahoma", "minnesota",
      "montana", "idaho", "wyoming", "alaska", "hawaii", "indiana", "britain", "england", "scotland", "wales",
      "ireland", "france", "germany", "russia", "china", "japan", "india", "israel", "iran", "iraq", "syria",
      "afghanistan", "pakistan", "egypt", "turkey", "ukraine", "europe", "asia", "africa", "canada", "cuba",
      "korea", "paris", "london", "berlin", "moscow", "beijing", "tokyo", "brussels", "chicago", "boston",
      "philadelphia", "detroit", "cleveland", "atlanta", "miami", "houston", "dallas", "denver", "seattle",
      "baltimore", "nairobi", "kenya", "nigeria", "lagos", "city", "county", "valley", "beach", "street",
      "charleston", "des", "moines", "manchester", "concord", "columbia", "greenville", "orlando", "tampa",
      "brooklyn", "manhattan", "bronx", "queens", "harlem", "silicon", "wall", "capitol", "hill", "broadway",
      "hollywood", "middle", "east", "latin", "gulf", "pacific", "atlantic", "syrian", "iraqi", "mexican",
      "muslim", "muslims", "christian", "christians", "jewish", "black", "hispanic", "latino", "latinos");

  /** Nouns that head a description of an organisation speaking ("the ministry said"). */
  static final Set<String> ORG_NOUNS = words("ministry", "company", "newspaper", "paper", "agency",
      "department", "government", "campaign", "committee", "police", "court", "group", "organization",
      "organisation", "union", "party", "administration", "office", "board", "council", "firm", "bank", "university",
      "report", "statement", "magazine", "network", "website", "site", "station", "channel", "outlet", "daily",
      "publication", "army", "military", "embassy", "spokesperson's office", "commission", "team", "club",
      "foundation", "institute", "center", "coalition", "alliance", "authority", "authorities", "regulator",
      "prosecutors", "prosecutor's office", "white", "kremlin", "pentagon", "memo", "letter", "document", "filing",
      "lawsuit", "complaint", "ruling", "survey", "poll", "study", "analysis", "ad", "advertisement", "video",
      "release", "blog", "post", "tweet", "book", "article", "story", "editorial", "column", "network", "studio",
      "league", "association", "senate", "house", "congress", "parliament", "cabinet", "court", "judge's order",
      "sources", "source", "officials", "aides", "spokespersons", "spokespeople", "representatives", "advisers");

  /** News outlets and wires that speak as organisations. */
  static final Set<String> OUTLETS = words("reuters", "ap", "afp", "cnn", "nbc", "abc", "cbs", "msnbc", "fox",
      "npr", "pbs", "bbc", "bloomberg", "politico", "breitbart", "axios", "buzzfeed", "huffpost", "mediaite",
      "vox", "slate", "salon", "time", "newsweek", "gallup", "wikileaks", "twitter", "facebook", "univision",
      "telemundo", "c-span", "cnbc", "espn", "tmz", "drudge", "gawker", "mashable", "quinnipiac", "rasmussen");

  /** Nouns that head a description of a person ("the senator said", "a spokesman told"). */
  static final Set<String> PERSON_NOUNS = words("senator", "governor", "congressman", "congresswoman",
      "representative", "minister", "secretary", "president", "mayor", "spokesman", "spokeswoman", "spokesperson",
      "official", "aide", "adviser", "advisor", "strategist", "candidate", "nominee", "leader", "chairman",
      "chairwoman", "chair", "director", "professor", "expert", "analyst", "economist", "lawyer", "attorney",
      "judge", "justice", "officer", "source", "billionaire", "businessman", "businesswoman", "mogul", "tycoon",
      "front-runner", "frontrunner", "lawmaker", "democrat", "republican", "independent", "activist", "author",
      "writer", "reporter", "journalist", "host", "anchor", "commentator", "pollster", "founder", "executive",
      "ceo", "manager", "woman", "man", "father", "mother", "voter", "supporter", "protester", "student", "doctor",
      "scientist", "researcher", "fellow", "historian", "pastor", "priest", "rabbi", "bishop", "speaker", "veteran",
      "soldier", "general", "ambassador", "diplomat", "envoy", "commissioner", "sheriff", "chief", "head",
      "operative", "consultant", "donor", "nominee", "contender", "challenger", "incumbent", "star", "actor",
      "actress", "singer", "comedian", "rapper", "mogul", "entrepreneur", "investor", "physician", "nurse",
      "teacher", "student", "resident", "owner", "worker", "friend", "wife", "husband", "son", "daughter", "boss",
      "colleague", "critic", "critics", "insider", "delegate", "congressman", "lady", "gentleman", "pundit",
      "member", "engineer", "organizer", "organiser", "employee", "volunteer", "neighbor", "neighbour", "confidant",
      "staffer", "user", "commenter", "farmer", "parent", "witness", "survivor", "councilman", "councilwoman",
      "councillor", "trustee", "prosecutor", "lobbyist", "observer", "attendee", "participant", "coach", "player",
      "detective", "surgeon", "psychologist", "organizer", "planner", "agent", "person", "girl", "boy", "narrator");

  private Lexicon() {}

  /** A set that tolerates repeats, so the lists above can be grown without a start-up failure. */
  static Set<String> words(String... ws) {
    return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(ws)));
  }

  /** A set's words and more ("the" and the possessive pronouns). */
  static Set<String> plus(Set<String> base, String... more) {
    java.util.Set<String> all = new java.util.HashSet<>(base);
    all.addAll(java.util.Arrays.asList(more));
    return Set.copyOf(all);
  }

  /** Possessive pronouns standing before a noun ("his remarks", "her husband"). */
  static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her", "their", "its", "our", "my", "your");

  static boolean isOrgWord(String word) {
    return ORG_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
