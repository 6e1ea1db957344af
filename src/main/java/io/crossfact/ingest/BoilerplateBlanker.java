package io.crossfact.ingest;

import io.crossfact.normalize.AsciiLiterals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns article text into a same-length body where boilerplate is blanked with spaces, and reports the
 * content-farm markers it saw.
 *
 * <p>Blanking instead of deleting is the point: every offset an extractor finds in the body is also the offset of
 * the same words in the text as read, which is what assertions.csv reports. Line breaks are never blanked, so the
 * paragraph structure the sentence splitter relies on survives.
 *
 * <p>Whole lines are blanked when they are breadcrumbs, related-link headings and the headline lists under them,
 * share/comment/chatbot widgets, newsletter/cookie/subscribe prompts, code and metadata lines ({@code Date:},
 * {@code Source:}, {@code URL:}). Inside lines only the debris is blanked: stray tags and attribute tails such as
 * {@code widget-box">}, whitespace entities, and comment-bait sentences. Article sentences, quotes, datelines and
 * bylines are kept.
 */
public final class BoilerplateBlanker {
  public static final String COMMENT_PROMPT = "comment-prompt";
  public static final String CHATBOT_WIDGET = "chatbot-widget";
  public static final String SHARE_PROMPT = "share-prompt";
  public static final String REPEATED_SECTIONS = "repeated-sections";
  public static final String KEYWORD_STUFFED_HEADINGS = "keyword-stuffed-headings";
  public static final String CLICKBAIT = "clickbait";

  /** Longest line still treated as a widget or prompt; longer lines are prose that merely mentions the words. */
  private static final int SHORT_LINE = 120;
  /**
   * Longest line (whitespace runs counted as one) any length-guarded line pattern can match, plus slack: every
   * pattern in {@link #classify} except code applies to lines of at most 300 characters.
   */
  private static final int LONG_LINE = 320;
  /** A related-links list longer than this is more likely prose we misjudged than real headlines. */
  private static final int MAX_LINK_LIST_ITEMS = 20;
  private static final int MAX_LINK_CHARS = 160;
  private static final int MIN_REPEATED_WORDS = 8;
  private static final int MIN_STUFFED_HEADINGS = 3;

  private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022\u00B7\u25AA\u25B8\u2023\u203A>\u2013\u2014]+|\\d{1,2}[.)])\\s+");

  private static final Pattern YOU_ARE_HERE = Pattern.compile("^you are here\\s*:?.*");
  private static final Pattern CRUMB_SEPARATORS = Pattern.compile("\\s*(?:\u00BB|\u203A|\u2192|\u276F|\\s>\\s|\\s/\\s|\\s\\|\\s)\\s*");

  private static final Pattern LIST_HEADING = Pattern.compile("^(?:related(?: (?:articles?|stories|story|coverage|content|news|posts?|links?|reading|topics|videos?))?"
      + "|read (?:more|also|next)(?: (?:stories|news|articles|about this topic))?|see also|also read|also on .{1,40}"
      + "|more (?:from|on|in|about) .{1,40}|more (?:stories|news|headlines|coverage|to read)"
      + "|most (?:read|popular|viewed|shared|watched|recent)(?: (?:stories|articles|news|today|this week))?"
      + "|trending(?: (?:now|stories|news|today|topics|articles))?|popular(?: (?:now|stories|posts|articles|today))?"
      + "|recommended(?: (?:for you|stories|articles|reading|videos))?|you (?:may|might) (?:also )?(?:like|be interested in|enjoy)"
      + "|don'?t miss|editor'?s picks?|top stories|top headlines|latest (?:news|stories|headlines|articles)|what to read next"
      + "|further reading|other stories|in other news|more headlines|popular on .{1,40}|around the web|from the web"
      + "|in case you missed it|stories you may have missed)$");
  private static final Pattern INLINE_LINK = Pattern.compile(
      "^(?:related|read more|read also|also read|read next|see also|more|watch|listen|recommended|trending|most read"
      + "|also on)\\s*:\\s*\\S.*");

  private static final Set<String> SHARE_TOKENS = Set.of("share", "tweet", "email", "e-mail", "print", "facebook",
      "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "messenger", "flipboard", "copy",
      "link", "copied", "mail", "sms", "threads", "bluesky", "mastodon", "pin", "it", "save", "gift", "this",
      "article", "story", "on", "via", "to", "and", "or", "the", "comment", "comments", "instagram", "youtube",
      "tiktok", "follow", "us", "post", "page");
  private static final Pattern SHARE_PROMPT_LINE = Pattern.compile(
      "^(?:share(?: this(?: (?:article|story|post|page|video))?)?(?: (?:on|via|to|with) .{1,40})?"
      + "|tweet(?: this)?|pin it|copy(?: the)? link(?: to this (?:article|story))?|email this(?: (?:article|story))?"
      + "|send this to a friend|print(?: this(?: (?:article|page|story))?)?|follow us(?: on .{1,60})?"
      + "|share (?:this|the) (?:article|story) with .{1,40}|gift (?:this )?article|save (?:this )?(?:article|story))$");

  private static final Pattern COMMENT_WIDGET = Pattern.compile(
      "^(?:\\d+\\s+comments?|comments?(?:\\s*\\(\\d+\\))?|\\(\\d+\\)\\s*comments?|leave a (?:comment|reply)|post a comment"
      + "|add (?:a |your )?comment|show comments|view(?: all)?(?: \\d+)? comments|load (?:more )?comments|hide comments"
      + "|(?:log|sign) ?in to (?:comment|reply|post a comment|join the (?:conversation|discussion))"
      + "|join the (?:conversation|discussion)|be the first to comment|no comments(?: yet)?|comments are closed"
      + "|reply|report(?: (?:comment|abuse))?|\\d+ repl(?:y|ies)|most (?:recent|popular|liked) comments"
      + "|comment(?: on this (?:article|story))?|comments? \\| .{1,40}|sort by: .{1,30}|you must be logged in to post a comment)$");
  private static final Pattern COMMENT_BAIT = Pattern.compile(
      "(?:share|tell us|let us know|leave|post|drop)(?: us)? (?:your |what you think |your thoughts |your opinions? |a comment )?"
      + "(?:thoughts |views |opinions? )?(?:in|down in|below in) the comments?(?: section)?(?: below)?"
      + "|what do you think\\?\\s*(?:comment|tell us|let us know)(?: below| in the comments)?"
      + "|comment below|sound off (?:in the comments|below)|drop (?:us )?a comment(?: below)?|leave (?:a |your )?(?:comments?|thoughts) below"
      + "|join the discussion below|let us know (?:what you think )?below");

  private static final Pattern CHAT_WIDGET = Pattern.compile(
      "^(?:ask (?:our|the|an?) (?:ai |virtual |digital |smart |news )?(?:assistant|chatbot|bot|ai)(?:\\b.*)?"
      + "|ask (?:ai|the ai|us anything)(?:\\b.*)?|chat with (?:us|our|an?|the) ?.{0,50}|live chat(?:\\b.*)?"
      + "|start (?:a )?(?:new )?chat(?:\\b.*)?|chat now|open chat|chatbot|virtual assistant|ai assistant"
      + "|(?:hi|hello|hey)[,!.]?(?: there[,!.]?)? ?i'?m .{0,40}\\b(?:ai|virtual|digital|chat) ?(?:assistant|bot|helper|agent)\\b.{0,60}"
      + "|how can i help(?: you)?(?: today)?\\??|type your (?:message|question)(?:\\b.*)?|powered by (?:chatgpt|openai|gpt|ai)\\b.*"
      + "|(?:got|have) (?:a )?questions?\\? (?:ask|chat)\\b.*|send message)$");

  /** Whole-line prompts; every alternative is anchored at the line start so matching stays linear. */
  private static final Pattern NOISE_LINE = Pattern.compile(
      "^(?:(?:sign up|subscribe|register)(?: (?:now|today|here|free|for free))?(?: (?:for|to) .{1,80})?"
      + "|enter your e-?mail(?: address)?.{0,60}|your e-?mail(?: address)?"
      + "|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences|consent)|(?:cookie|privacy) (?:settings|preferences|policy|notice)"
      + "|already (?:a subscriber|have an account|registered).{0,60}|subscribe (?:for|to) .{1,80}|subscriber(?:s)? only|premium content"
      + "|advertisement|advertising|sponsored(?: content| by .{1,40})?|paid (?:content|post)|promoted(?: content)?|ad|ads|story continues below(?: advertisement)?"
      + "|(?:continue|keep) reading (?:below|the main story)|skip to (?:main )?content|skip navigation|back to top|menu|main menu|search|search for:?"
      + "|log ?in|sign ?in|log ?out|my account|close|open menu|toggle navigation|next article|previous article|next|previous|prev|more|load more"
      + "|(?:\u00A9|\\(c\\)).{0,150}|copyright (?:\u00A9|\\(c\\)|\\d{4}).{0,150}|(?:click|tap) here (?:to|for) .{1,100}"
      + "|(?:download|get) (?:our|the) [^\\n]{0,30}?\\bapps?\\b.{0,60}|support (?:our|independent|quality) journalism.{0,60}"
      + "|(?:donate|become a (?:member|subscriber|supporter))\\b.{0,60}|listen to (?:this )?article.{0,30}|\\d+ min(?:ute)? read"
      + "|(?:proudly )?powered by .{1,60}|theme by .{1,40}|(?:image|photo|picture|video) (?:source|credit)s?[,:] .{1,80}"
      + "|(?:font|text) size|a a a|a\\+ a-|play video|watch video|loading\\.*|please enable javascript.{0,80})$");
  /**
   * Prompts recognised by a phrase anywhere in a short line (the line length is checked first); searched with
   * find(), never with a leading {@code .{0,n}}, which backtracks cubically on lines that do not match.
   */
  private static final Pattern NOISE_PHRASE = Pattern.compile(
      "\\b(?:delivered|straight) to your inbox\\b|\\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\\b"
      + "|\\bby (?:continuing|using this (?:site|website))\\b[^\\n]{0,80}\\bcookies\\b|\\ball rights reserved\\b"
      + "|\\| ?theme(?: by)? ");
  private static final Pattern NEWSLETTER = Pattern.compile("\\bnewsletters?\\b");
  private static final Pattern NEWSLETTER_CALL = Pattern.compile(
      "^(?:sign up|subscribe|get|join|receive|never miss)\\b|\\b(?:sign up|subscribe)\\b");

  private static final Pattern METADATA_LINE = Pattern.compile(
      "^(?:date|dated|published|published on|publish date|posted|posted on|updated|last updated|updated on|first published"
      + "|publication date|pubdate|source|publisher|publication|url|link|canonical(?: url)?|original url|tags|topics|category"
      + "|categories|filed under|keywords|section|photo|image|photograph|credit|image credit|photo credit|file photo"
      + "|reading time|word count|language|lang)\\s*:.{0,200}");
  private static final Pattern DATE_PREFIX_LINE = Pattern.compile(
      "^(?:published|updated|posted|last updated|first published|last modified)(?: on| at)?\\b.{0,100}");
  private static final Pattern TITLE_LABEL = Pattern.compile("^\\s*(?:title|headline)\\s*:\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern CODE_HINT = Pattern.compile(
      "function\\s*\\(|\\bvar\\s+\\w+\\s*=|\\bconst\\s+\\w+\\s*=|\\blet\\s+\\w+\\s*=|window\\.|document\\.|googletag|dataLayer"
      + "|!important|@media|\\{\\s*[a-z-]+\\s*:\\s*[^}]*;?\\s*\\}|=>\\s*\\{|\\}\\s*\\)\\s*;|\\bjQuery\\b|\\$\\(");

  /** Debris spans: comments, complete tags, attribute tails ending in a tag close, bare tails like widget-box">. */
  private static final Pattern DEBRIS = Pattern.compile(
      "<!--.*?(?:-->|$)"
      + "|</?[A-Za-z][A-Za-z0-9:-]*(?:\\s+[^<>\\n]*?)?\\s*/?>"
      + "|<(?:div|span|p|a|img|section|article|aside|script|style|iframe|figure|ul|li|ol|table|tr|td|input|button|form|meta|link|svg|path|br|hr|h[1-6]|strong|em|b|i|noscript)\\b[^>\\n]*$"
      + "|(?:(?<![-A-Za-z0-9_:.])[A-Za-z_:][-A-Za-z0-9_:.]*+\\s*=\\s*(?:\"[^\"<>\\n]{0,160}\"|'[^'<>\\n]{0,160}')\\s*)+/?>"
      // possessive, so a megabyte-long token (inline base64) costs one pass, not a quadratic backtrack
      + "|(?<![\\w\"'\u201C\u201D-])(?=[A-Za-z0-9_-]*+[\"'])(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]++[\"']\\s*/?>"
      + "|(?<=\\s|^)[\"']\\s*/?>"
      + "|&(?:amp;)?(?:nbsp|#160|#xa0|ensp|emsp|thinsp|zwnj|zwj|shy|#8203|#x200b);",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FAQ_HEADING = Pattern.compile("^(?:frequently asked questions|faqs?)(?: (?:about|on) .{1,60})?$");
  private static final Pattern CLICKBAIT_PHRASE = Pattern.compile(
      "you won'?t believe|you will not believe|what happened next|will (?:blow your mind|shock you|leave you speechless)"
      + "|doctors hate|this one (?:weird |simple )?trick|shocking truth|number \\d+ will (?:shock|surprise)|jaw-dropping",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'\u201D\u2019)]*(?=\\s|$)");

  private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s:.!\u2026\u00BB\u203A|>\u2192-]+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s|\u00BB\u203A\u2192]+");
  private static final Pattern LEADING_CRUMB = Pattern.compile("^[\\s>\u00BB\u203A]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CLOSERS_AT_END = Pattern.compile("[\"'\u201D\u2019)\\]\\s]+$");
  private static final Pattern QUOTED_EXCLAMATION_AT_END = Pattern.compile("[!?][\"\u201D]\\s*$");
  private static final Pattern URL_ONLY = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
  private static final Pattern SHARE_TOKEN_SEPARATORS = Pattern.compile("[\\s|/\u2022\u00B7,]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
      "with", "by", "at", "from", "is", "are", "was", "be", "it", "its", "this", "that", "how", "what", "why", "when",
      "who", "which", "your", "you", "our", "we", "do", "does", "can", "should", "will", "about", "vs", "as", "best",
      "top", "new", "all", "more", "most", "my", "i", "not", "no", "yes", "q", "s");

  private BoilerplateBlanker() {}

  /** The cleaned body (same length as the text) and the content-farm markers, sorted. */
  public record Result(String body, SortedSet<String> markers) {
    public Result {
      markers = Collections.unmodifiableSortedSet(new TreeSet<>(markers));
    }

    /** Markers joined with ';' as {@code Article.markers} holds them. */
    public String markerString() {
      return String.join(";", markers);
    }
  }

  private enum Kind {
    NONE, BREADCRUMB, LIST_HEADING, LINK, SHARE, COMMENT_WIDGET, CHAT, NOISE, METADATA, CODE
  }

  /** Blanks boilerplate in {@code text}; never changes its length or its line breaks. */
  public static Result blank(String text) {
    String t = text == null ? "" : text;
    char[] out = t.toCharArray();
    SortedSet<String> markers = new TreeSet<>();
    List<int[]> lines = lines(t);
    int i = 0;
    while (i < lines.size()) {
      int[] line = lines.get(i);
      String raw = t.substring(line[0], line[1]);
      if (collapsedLength(raw) > LONG_LINE) {
        // a prose paragraph: too long for any widget, prompt or metadata pattern (all are length-guarded), so only
        // code, inline comment bait and debris are looked for, and the lower-cased core is never built
        if (looksLikeCode(raw)) {
          fill(out, line[0], line[1]);
        } else {
          blankInside(t, line, raw, out, markers);
        }
        i++;
        continue;
      }
      String core = core(raw);
      if (core.isEmpty()) {
        // a line of pure symbols may still be debris such as  ">  or <br>
        blankDebris(t, line[0], line[1], out);
        i++;
        continue;
      }
      Kind kind = classify(raw, core);
      switch (kind) {
        case LIST_HEADING:
          fill(out, line[0], line[1]);
          i = blankLinkList(t, lines, i + 1, out);
          continue;
        case SHARE:
          if (core.contains("share") || core.contains("tweet")) {
            markers.add(SHARE_PROMPT);
          }
          fill(out, line[0], line[1]);
          break;
        case CHAT:
          markers.add(CHATBOT_WIDGET);
          fill(out, line[0], line[1]);
          break;
        case BREADCRUMB:
        case LINK:
        case COMMENT_WIDGET:
        case NOISE:
        case METADATA:
        case CODE:
          fill(out, line[0], line[1]);
          break;
        default:
          blankInside(t, line, raw, out, markers);
          break;
      }
      i++;
    }
    String body = new String(out);
    if (hasRepeatedSections(body)) {
      markers.add(REPEATED_SECTIONS);
    }
    if (hasStuffedHeadings(body)) {
      markers.add(KEYWORD_STUFFED_HEADINGS);
    }
    if (mayBeClickbait(t) && CLICKBAIT_PHRASE.matcher(t).find()) {
      markers.add(CLICKBAIT);
    }
    return new Result(body, markers);
  }

  /** Every alternative of CLICKBAIT_PHRASE holds one of these: most articles skip the regex (it tries each offset). */
  private static final AsciiLiterals CLICKBAIT_WORDS = new AsciiLiterals("believe", "happened next", "blow your mind",
      "shock", "speechless", "doctors hate", "trick", "surprise", "jaw-dropping");

  /** Without a lower-cased copy of the text: CLICKBAIT_PHRASE ignores ASCII case only, and so does the check. */
  private static boolean mayBeClickbait(String t) {
    return CLICKBAIT_WORDS.foundIn(t);
  }

  /** Length of the stripped line with each whitespace run counted as one character, without building it. */
  static int collapsedLength(String s) {
    int n = 0;
    boolean space = true; // leading whitespace is not counted
    int pendingSpace = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        if (!space) {
          pendingSpace = 1;
        }
        space = true;
      } else {
        n += pendingSpace + 1;
        pendingSpace = 0;
        space = false;
      }
    }
    return n;
  }

  /** A prose line keeps its words; only a "Title:" label, comment-bait sentences and debris inside it go. */
  private static void blankInside(String t, int[] line, String raw, char[] out, SortedSet<String> markers) {
    Matcher title = TITLE_LABEL.matcher(raw);
    if (title.find()) {
      fill(out, line[0] + title.start(), line[0] + title.end());
    }
    if (blankCommentBait(t, line[0], line[1], out)) {
      markers.add(COMMENT_PROMPT);
    }
    blankDebris(t, line[0], line[1], out);
  }

  /** Markers joined the way {@link io.crossfact.model.Article#getMarkers()} stores them: sorted, unique, ';'. */
  public static String joinMarkers(Collection<String> markers) {
    return String.join(";", new TreeSet<>(markers));
  }

  /** True when the text has at least one word (a run of letters); a body without one is not an article. */
  public static boolean hasWords(String body) {
    for (int i = 0; i < body.length(); ) {
      int cp = body.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static Kind classify(String raw, String core) {
    int len = core.length();
    if (isBreadcrumb(raw.strip(), core)) {
      return Kind.BREADCRUMB;
    }
    if (len <= 60 && !endsSentence(raw.strip()) && LIST_HEADING.matcher(core).matches()) {
      return Kind.LIST_HEADING;
    }
    if (len <= 200 && INLINE_LINK.matcher(core).matches() && !endsSentence(raw.strip())) {
      return Kind.LINK;
    }
    if (len <= SHORT_LINE && COMMENT_WIDGET.matcher(core).matches()) {
      return Kind.COMMENT_WIDGET;
    }
    if (len <= SHORT_LINE && (SHARE_PROMPT_LINE.matcher(core).matches() || isShareRow(core))) {
      return Kind.SHARE;
    }
    if (len <= SHORT_LINE && CHAT_WIDGET.matcher(core).matches()) {
      return Kind.CHAT;
    }
    if (len <= 300 && NOISE_LINE.matcher(core).matches()) {
      return Kind.NOISE;
    }
    if (len <= 200 && (mayBeNoisePhrase(core) && NOISE_PHRASE.matcher(core).find()
        || core.contains("newsletter") && NEWSLETTER.matcher(core).find() && NEWSLETTER_CALL.matcher(core).find())) {
      return Kind.NOISE;
    }
    if (len <= 220 && METADATA_LINE.matcher(core).matches()) {
      return Kind.METADATA;
    }
    if (len <= 120 && DATE_PREFIX_LINE.matcher(core).matches() && MetadataInferrer.isDateLine(raw.strip())) {
      return Kind.METADATA;
    }
    if (looksLikeCode(raw)) {
      return Kind.CODE;
    }
    return Kind.NONE;
  }

  /** Every alternative of NOISE_PHRASE holds one of these (the core is lower case): most lines skip its scan. */
  private static boolean mayBeNoisePhrase(String core) {
    return core.contains("inbox") || core.contains("cookies") || core.contains("all rights reserved")
        || core.contains("theme");
  }

  private static boolean isBreadcrumb(String line, String core) {
    if (line.length() > 200) {
      return false;
    }
    if (YOU_ARE_HERE.matcher(core).matches()) {
      return true;
    }
    if (!hasCrumbSeparator(line)) {
      return false; // one part only: every CRUMB_SEPARATORS match holds one of these characters
    }
    String[] parts = CRUMB_SEPARATORS.split(LEADING_CRUMB.matcher(line).replaceFirst(""), -1);
    if (parts.length < 2) {
      return false;
    }
    boolean home = parts[0].strip().equalsIgnoreCase("home") || parts[0].strip().equalsIgnoreCase("homepage")
        || parts[0].strip().equalsIgnoreCase("start");
    boolean strongSeparator = line.indexOf('\u00BB') >= 0 || line.indexOf('\u203A') >= 0 || line.indexOf('\u2192') >= 0
        || line.indexOf('\u276F') >= 0;
    if (!home && parts.length < 3) {
      return false;
    }
    int maxWords = strongSeparator || home ? 8 : 4;
    for (int p = 0; p < parts.length; p++) {
      String s = parts[p].strip();
      if (s.isEmpty()) {
        if (p == parts.length - 1) {
          continue;
        }
        return false;
      }
      if (s.length() > 60 || words(s) > maxWords || (!home && !strongSeparator && endsSentence(s))) {
        return false;
      }
      if (!strongSeparator && !home && !(Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.charAt(0)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCrumbSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '\u00BB', '\u203A', '\u2192', '\u276F', '>', '/', '|' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean isShareRow(String core) {
    String[] tokens = SHARE_TOKEN_SEPARATORS.split(core);
    int share = 0;
    int networks = 0;
    for (String tok : tokens) {
      if (tok.isEmpty()) {
        continue;
      }
      if (!SHARE_TOKENS.contains(tok)) {
        return false;
      }
      share++;
      if (!STOPWORDS.contains(tok) && !tok.equals("this") && !tok.equals("us")) {
        networks++;
      }
    }
    return share >= 1 && networks >= 1;
  }

  private static boolean looksLikeCode(String raw) {
    String s = raw.strip();
    if (s.length() < 8) {
      return false;
    }
    int symbols = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '{', '}', '(', ')', ';', '=', '<', '>', '[', ']' -> symbols++;
        default -> { }
      }
    }
    return symbols >= 3 && symbols * 12 >= s.length() && CODE_HINT.matcher(s).find();
  }

  /** Blanks the headline lines that follow a related-links heading; returns the index of the first line kept. */
  private static int blankLinkList(String t, List<int[]> lines, int from, char[] out) {
    int j = from;
    int items = 0;
    int blanks = 0;
    while (j < lines.size() && items < MAX_LINK_LIST_ITEMS) {
      int[] line = lines.get(j);
      String raw = t.substring(line[0], line[1]).strip();
      if (raw.isEmpty()) {
        if (++blanks >= 2 && items > 0) {
          break;
        }
        j++;
        continue;
      }
      blanks = 0;
      String core = core(raw);
      Kind kind = core.isEmpty() ? Kind.NONE : classify(raw, core);
      if (kind != Kind.NONE && kind != Kind.LINK || COMMENT_BAIT.matcher(core).find()) {
        break; // another widget: the main loop classifies it (and records its marker)
      }
      if (!isLinkLike(raw)) {
        break;
      }
      fill(out, line[0], line[1]);
      items++;
      j++;
    }
    return j;
  }

  private static boolean isLinkLike(String line) {
    if (line.length() > MAX_LINK_CHARS) {
      return false;
    }
    if (URL_ONLY.matcher(line).matches()) {
      return true;
    }
    boolean bullet = BULLET.matcher(line).find();
    int words = words(line);
    if (words > 25) {
      return false;
    }
    // headlines carry no closing period; a sentence that ends with one is the article resuming, and so is a
    // clause-built paragraph whose last quoted sentence ends with "!" or "?" inside its closing mark ("Lee said,
    // “Come and tell us!”"); a headline that ends in a quoted question has no such commas
    return bullet || !endsSentence(line)
        && !(line.contains(", ") && QUOTED_EXCLAMATION_AT_END.matcher(line).find());
  }

  private static boolean endsSentence(String s) {
    String x = CLOSERS_AT_END.matcher(s).replaceFirst("");
    return x.endsWith(".") && !x.endsWith("...");
  }

  /** Blanks comment-bait sentences inside a prose line ("Share your thoughts in the comments below!"). */
  private static boolean blankCommentBait(String t, int start, int end, char[] out) {
    // every alternative of COMMENT_BAIT holds one of these: most prose lines are passed without lower-casing them
    if (!containsAnyIgnoreCase(t, start, end, COMMENT_BAIT_WORDS)) {
      return false;
    }
    String line = t.substring(start, end);
    String lower = line.toLowerCase(Locale.ROOT);
    Matcher m = COMMENT_BAIT.matcher(lower);
    boolean found = false;
    while (m.find()) {
      found = true;
      int s = sentenceStart(line, m.start());
      int e = sentenceEnd(line, m.end());
      int k = s - 1;
      while (k > 0 && Character.isWhitespace(line.charAt(k))) {
        k--;
      }
      int prev = sentenceStart(line, Math.max(0, k));
      if (s > 0 && prev < s) {
        String before = line.substring(prev, s).strip();
        if (before.endsWith("?") && words(before) <= 8) {
          s = prev; // "What do you think?" belongs to the prompt that follows it
        }
      }
      fill(out, start + s, start + e);
    }
    return found;
  }

  private static final String[] COMMENT_BAIT_WORDS = {"comment", "below", "think?"};

  /**
   * Whether {@code t[start, end)} contains one of the lower-case ASCII {@code words}, each compared as
   * {@link #containsIgnoreCase} compares it: one pass over the range instead of one per word.
   */
  static boolean containsAnyIgnoreCase(String t, int start, int end, String[] words) {
    for (int i = start; i < end; i++) {
      char c = t.charAt(i);
      char lc = Character.toLowerCase(c);
      for (String word : words) {
        char first = word.charAt(0);
        if ((c == first || lc == first) && i <= end - word.length()
            && t.regionMatches(true, i, word, 0, word.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code t[start, end)} contains the lower-case ASCII {@code word}, ignoring case. */
  static boolean containsIgnoreCase(String t, int start, int end, String word) {
    int last = end - word.length();
    char first = word.charAt(0);
    for (int i = start; i <= last; i++) {
      char c = t.charAt(i);
      if ((c == first || Character.toLowerCase(c) == first) && t.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceStart(String line, int from) {
    int best = 0;
    Matcher m = SENTENCE_END.matcher(line);
    while (m.find() && m.end() <= from) {
      best = m.end();
    }
    while (best < line.length() && Character.isWhitespace(line.charAt(best))) {
      best++;
    }
    return Math.min(best, from);
  }

  private static int sentenceEnd(String line, int from) {
    Matcher m = SENTENCE_END.matcher(line);
    return m.find(from) ? m.end() : line.length();
  }

  private static void blankDebris(String t, int start, int end, char[] out) {
    // every alternative of DEBRIS needs a '<' (tags, comments), a '>' (attribute tails) or a '&' (entities):
    // clean prose lines skip the regex
    boolean candidate = false;
    for (int i = start; i < end && !candidate; i++) {
      char c = t.charAt(i);
      candidate = c == '<' || c == '>' || c == '&';
    }
    if (!candidate) {
      return;
    }
    Matcher m = DEBRIS.matcher(t).region(start, end);
    m.useTransparentBounds(true).useAnchoringBounds(true);
    while (m.find()) {
      if (m.end() > m.start()) {
        fill(out, m.start(), m.end());
      }
    }
  }

  private static boolean hasRepeatedSections(String body) {
    Set<String> seen = new HashSet<>();
    for (String line : body.split("\n")) {
      if (words(line) < MIN_REPEATED_WORDS) {
        continue;
      }
      String norm = collapseLower(line.strip());
      if (!seen.add(norm)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasStuffedHeadings(String body) {
    Map<String, Set<String>> headingsByPhrase = new HashMap<>();
    for (String line : body.split("\n")) {
      String s = line.strip();
      if (s.isEmpty() || s.length() > 200) {
        continue; // neither an FAQ heading (at most ~80 characters) nor heading-like (at most 90)
      }
      String c = core(s);
      if (FAQ_HEADING.matcher(c).matches()) {
        return true;
      }
      if (!isHeadingLike(s)) {
        continue;
      }
      // a short kicker before a colon ("Kenya floods: rescue boats arrive") is how live blogs and series label
      // their sections, not stuffing; the phrase only counts in the heading proper
      int colon = c.indexOf(':');
      String proper = colon > 0 && c.substring(0, colon).split(" ").length <= 4 ? c.substring(colon + 1) : c;
      List<String> words = new ArrayList<>();
      for (String w : NON_WORD.split(proper)) {
        if (!w.isEmpty() && !STOPWORDS.contains(w)) {
          words.add(w);
        }
      }
      for (int k = 0; k + 1 < words.size(); k++) {
        headingsByPhrase.computeIfAbsent(words.get(k) + " " + words.get(k + 1), x -> new HashSet<>()).add(c);
      }
    }
    for (Set<String> headings : headingsByPhrase.values()) {
      if (headings.size() >= MIN_STUFFED_HEADINGS) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeadingLike(String s) {
    if (s.length() < 6 || s.length() > 90 || endsSentence(s) || s.endsWith(",") || s.endsWith(";")) {
      return false;
    }
    int words = words(s);
    if (words < 2 || words > 14) {
      return false;
    }
    int first = s.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  /** The line lower-cased, bullets and trailing punctuation off, spaces collapsed: what the patterns match. */
  static String core(String raw) {
    String s = raw.replace('\u00A0', ' ').strip();
    // each pattern is tried only when the character it needs at the start (or end) is there
    if (!s.isEmpty() && mayStartBullet(s.charAt(0))) {
      s = BULLET.matcher(s).replaceFirst("");
    }
    if (!s.isEmpty() && mayEndTrailingPunct(s.charAt(s.length() - 1))) {
      s = TRAILING_PUNCT.matcher(s).replaceFirst("");
    }
    if (!s.isEmpty() && mayStartSeparators(s.charAt(0))) {
      s = LEADING_SEPARATORS.matcher(s).replaceFirst("");
    }
    return collapseLower(s);
  }

  /** The first character of a BULLET match. */
  private static boolean mayStartBullet(char c) {
    return c >= '0' && c <= '9' || "-*\u2022\u00B7\u25AA\u25B8\u2023\u203A>\u2013\u2014".indexOf(c) >= 0;
  }

  /**
   * The last character of a text TRAILING_PUNCT matches: one of its class, or a line terminator (its {@code $} also
   * matches before a final one).
   */
  private static boolean mayEndTrailingPunct(char c) {
    return isRegexSpace(c) || ":.!\u2026\u00BB\u203A|>\u2192-".indexOf(c) >= 0 || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  /** The first character of a LEADING_SEPARATORS match. */
  private static boolean mayStartSeparators(char c) {
    return isRegexSpace(c) || "|\u00BB\u203A\u2192".indexOf(c) >= 0;
  }

  /** Java regex {@code \\s}: [ \t\n\x0B\f\r]. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whitespace runs to one space, lower case (Locale.ROOT): the hot path of {@link #core}, without a regex. */
  static String collapseLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    if (space) {
      b.append(' ');
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Count of whitespace-separated tokens. */
  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static List<int[]> lines(String t) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '\n') {
        int end = i;
        if (end > start && t.charAt(end - 1) == '\r') {
          end--;
        }
        lines.add(new int[] {start, end});
        start = i + 1;
      }
    }
    return lines;
  }

  private static void fill(char[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
  }
}
