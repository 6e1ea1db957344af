package io.crossfact.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a page's article content to plain text and reads its metadata.
 *
 * <p>The page is parsed with jsoup (the HTML5 tree builder, so broken markup parses the way browsers parse it).
 * Page furniture is dropped by structure (script, nav, aside, form, ...) and by class or id naming a widget
 * (comments, related, share, chat, newsletter, ads, ...); what remains of the content element ({@code <article>},
 * else {@code <main>}, else {@code <body>}) is rendered with one line per block and a blank line between
 * paragraphs, so quotes and paragraph structure survive for the extractors.
 */
final class HtmlReader {
  /** Never text a reader sees as the article. */
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "button", "select", "input", "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog", "link",
      "meta", "head", "picture", "source", "math");
  /**
   * Page furniture by structure, dropped unless it holds the story: ASP.NET sites wrap the whole page in one
   * {@code <form>}, and some themes put the article inside an {@code <aside>}-free but oddly nested layout.
   */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "form", "menu");
  private static final Set<String> BOILERPLATE_PARTS = Set.of("comment", "comments", "related", "share", "sharing",
      "sharebar", "sharetools", "social", "chat", "chatbot", "widget", "widgets", "breadcrumb", "breadcrumbs",
      "newsletter", "promo", "promotion", "promoted", "advert", "adverts", "advertisement", "advertising", "ad", "ads",
      "adsbygoogle", "sidebar", "cookie", "cookies", "subscribe", "subscription", "paywall", "popup", "modal",
      "outbrain", "taboola", "recirculation", "trending", "mostread", "recommended", "disqus", "gdpr", "consent",
      "signup", "navbar", "nav", "menu", "skiplink", "sponsored", "teaser", "tags");
  /** Compound class names ({@code jp-relatedposts}, {@code sharedaddy}, {@code commentlist}) start with these. */
  private static final String[] BOILERPLATE_PREFIXES = {"related", "breadcrumb", "newsletter", "sidebar", "advert",
      "cookie", "subscri", "promo", "widget", "chatbot", "social", "sharing", "sharethis", "sharedaddy", "sharebar",
      "comments", "commentlist", "commentform", "disqus", "taboola", "outbrain", "paywall", "popup"};
  /** Paragraph text below this is a blurb, never a story worth keeping a widget-named wrapper for. */
  private static final int MIN_STORY_CHARS = 200;
  private static final Set<String> CHAT_PARTS = Set.of("chat", "chatbot", "chatbox", "livechat", "chatwidget");
  private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
      "dialog", "alertdialog", "menu", "menubar", "toolbar");
  private static final Set<String> PARAGRAPH_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "pre", "ul", "ol", "dl", "table", "section", "article", "main", "header", "figure", "div", "address", "hr",
      "fieldset", "details", "center", "body", "hgroup");
  private static final Set<String> LINE_BLOCKS = Set.of("li", "tr", "dt", "dd", "figcaption", "caption", "summary",
      "legend", "option");
  private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
      "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"};
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_\\-:.]+");
  private static final Pattern HTTP = Pattern.compile("(?i)^https?://.*");
  private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private HtmlReader() {}

  /** The rendered article text, the page's own metadata ("" where absent) and markers seen in dropped widgets. */
  record Page(String text, String title, String source, String url, String published, SortedSet<String> markers) {}

  static Page parse(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    JsonLd ld = JsonLd.read(doc);
    String siteName = firstNonEmpty(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "article:publisher"),
        ld.publisher, meta(doc, "application-name"));
    if (HTTP.matcher(siteName).matches()) {
      siteName = ""; // article:publisher is often a Facebook page URL, not a name
    }
    String canonical = doc.select("link[rel~=(?i)^canonical$]").attr("abs:href").strip();
    if (canonical.isEmpty()) {
      canonical = doc.select("link[rel~=(?i)^canonical$]").attr("href").strip();
    }
    // a relative canonical link ("/world/x") names no site; an absolute og:url is the better address then
    String url = HTTP.matcher(canonical).matches() ? canonical
        : firstNonEmpty(HTTP.matcher(meta(doc, "og:url")).matches() ? meta(doc, "og:url") : "",
            HTTP.matcher(ld.url).matches() ? ld.url : "", canonical, meta(doc, "og:url"), ld.url);
    String title = firstNonEmpty(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title().strip(),
        doc.select("h1").isEmpty() ? "" : doc.select("h1").first().text().strip(), ld.headline);
    title = stripSiteSuffix(title, siteName, MetadataInferrer.hostOf(url));
    String published = "";
    for (String name : PUBLISHED_META) {
      published = MetadataInferrer.isoDate(meta(doc, name));
      if (!published.isEmpty()) {
        break;
      }
    }
    if (published.isEmpty()) {
      published = MetadataInferrer.isoDate(ld.datePublished);
    }
    if (published.isEmpty()) {
      Element item = doc.selectFirst("[itemprop=datePublished]");
      if (item != null) {
        published = MetadataInferrer.isoDate(firstNonEmpty(item.attr("content"), item.attr("datetime"), item.text()));
      }
    }

    Element h1 = doc.selectFirst("h1");
    Element mainArticle = largest(doc.select("article"));
    List<Element> protectedElements = new ArrayList<>();
    for (Element e : new Element[] {mainArticle, doc.selectFirst("main"), doc.selectFirst("[role=main]"),
        doc.selectFirst("[itemprop=articleBody]"), h1}) {
      if (e != null) {
        protectedElements.add(e);
      }
    }
    SortedSet<String> markers = new TreeSet<>();
    StringBuilder dropped = new StringBuilder();
    prune(doc, protectedElements, markers, dropped);
    // Prompts inside dropped widgets still tell what kind of site this is; share buttons do not (every news
    // site has them), so only comment bait and chatbots are kept from the dropped parts.
    for (String m : BoilerplateBlanker.blank(dropped.toString()).markers()) {
      if (m.equals(BoilerplateBlanker.COMMENT_PROMPT) || m.equals(BoilerplateBlanker.CHATBOT_WIDGET)) {
        markers.add(m);
      }
    }

    if (published.isEmpty()) {
      Element time = firstNonNull(doc.selectFirst("time[pubdate][datetime]"),
          doc.selectFirst("article time[datetime]"), doc.selectFirst("time[datetime]"));
      if (time != null) {
        published = MetadataInferrer.isoDate(time.attr("datetime"));
      }
    }
    Element root = contentRoot(doc);
    String text = root == null ? "" : render(root);
    return new Page(text, title, siteName, url, published, markers);
  }

  /** Renders an element as text: a line per block, a blank line between paragraphs, {@code <q>} in quote marks. */
  static String render(Element root) {
    Renderer r = new Renderer();
    NodeTraversor.traverse(r, root);
    return r.result();
  }

  private static Element contentRoot(Document doc) {
    Element body = doc.body();
    int bodyLength = body == null ? 0 : body.text().length();
    Element article = largest(doc.select("article"));
    // a page can wrap only a teaser card in <article>; take it only when it holds a real part of the page
    if (article != null && article.text().length() * 4 >= bodyLength) {
      return article;
    }
    Element main = firstNonNull(doc.selectFirst("main"), doc.selectFirst("[role=main]"));
    if (main != null && main.text().length() * 4 >= bodyLength) {
      return main;
    }
    return body;
  }

  private static void prune(Document doc, List<Element> protectedElements, SortedSet<String> markers,
      StringBuilder dropped) {
    List<Element> drop = new ArrayList<>();
    // Without <article>/<main> to anchor on, a layout wrapper named "with-sidebar" may hold the whole story;
    // then an element holding most of the page's paragraph text is the story, whatever its class says.
    boolean unstructured = doc.selectFirst("article, main, [role=main], [itemprop=articleBody]") == null;
    int paragraphChars = paragraphChars(doc.body());
    List<Element> storyAnchors = withoutHeadline(protectedElements);
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag)) {
        drop.add(e);
        continue;
      }
      if (FURNITURE_TAGS.contains(tag)) {
        if (!guards(e, storyAnchors) && !holdsMostParagraphs(e, paragraphChars)) {
          drop.add(e);
        }
        continue;
      }
      if (tag.equals("header") && e.closest("article") == null && !guards(e, protectedElements)) {
        drop.add(e);
        continue;
      }
      if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
          || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
          || DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
        if (!guards(e, protectedElements)) {
          drop.add(e);
        }
        continue;
      }
      Set<String> parts = classParts(e);
      boolean boilerplate = false;
      for (String p : parts) {
        if (isBoilerplatePart(p)) {
          boilerplate = true;
        }
        if (CHAT_PARTS.contains(p)) {
          markers.add(BoilerplateBlanker.CHATBOT_WIDGET);
        }
      }
      // a pull quote repeats words the article already has; kept, every quote in it would count twice
      boolean pullQuote = parts.contains("pullquote") || parts.contains("pull") && parts.contains("quote");
      if ((boilerplate || pullQuote) && !guards(e, protectedElements) && !isRootLevel(e)
          && !(unstructured && holdsMostParagraphs(e, paragraphChars))) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      if (e.ownerDocument() == null) {
        continue; // already gone with an ancestor
      }
      if (!DROP_TAGS.contains(e.normalName())) {
        dropped.append(render(e)).append("\n\n");
      }
      e.remove();
    }
  }

  /** A site logo is often the page's only h1; it must not keep a whole nav or footer alive. */
  private static List<Element> withoutHeadline(List<Element> anchors) {
    List<Element> out = new ArrayList<>();
    for (Element e : anchors) {
      if (!e.normalName().equals("h1")) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean isBoilerplatePart(String part) {
    if (BOILERPLATE_PARTS.contains(part)) {
      return true;
    }
    for (String prefix : BOILERPLATE_PREFIXES) {
      if (part.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphChars(Element root) {
    int n = 0;
    if (root != null) {
      for (Element p : root.select("p")) {
        n += p.text().length();
      }
    }
    return n;
  }

  private static boolean holdsMostParagraphs(Element e, int pageParagraphChars) {
    int own = paragraphChars(e);
    return own >= MIN_STORY_CHARS && own * 2 > pageParagraphChars;
  }

  /** An element that is, or holds, the article itself must survive a boilerplate-looking class name. */
  private static boolean guards(Element e, List<Element> protectedElements) {
    for (Element p : protectedElements) {
      if (p == e || p.parents().contains(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRootLevel(Element e) {
    String tag = e.normalName();
    return tag.equals("html") || tag.equals("body");
  }

  /** Parts of class and id names: {@code widget-box commentList} gives widget, box, comment, list. */
  static Set<String> classParts(Element e) {
    Set<String> parts = new TreeSet<>();
    String names = e.className() + " " + e.id();
    for (String name : SPACES.split(names)) {
      for (String part : NAME_SEPARATORS.split(CAMEL_HUMP.matcher(name).replaceAll("$1 $2"))) {
        if (!part.isEmpty()) {
          parts.add(part.toLowerCase(Locale.ROOT));
        }
      }
    }
    return parts;
  }

  private static Element largest(Elements elements) {
    Element best = null;
    int bestLength = -1;
    for (Element e : elements) {
      int len = e.text().length();
      if (len > bestLength) {
        best = e;
        bestLength = len;
      }
    }
    return best;
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonEmpty(m.attr("property"), m.attr("name"), m.attr("itemprop"));
      if (key.equalsIgnoreCase(name)) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return "";
  }

  private static String stripSiteSuffix(String title, String siteName, String host) {
    for (String site : new String[] {siteName, host}) {
      if (site.isEmpty()) {
        continue;
      }
      String lower = title.toLowerCase(Locale.ROOT);
      String s = site.toLowerCase(Locale.ROOT);
      for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 "}) {
        if (lower.endsWith(sep + s)) {
          return title.substring(0, title.length() - sep.length() - s.length()).strip();
        }
        if (lower.startsWith(s + sep)) {
          return title.substring(s.length() + sep.length()).strip();
        }
      }
    }
    return title;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The first NewsArticle-like object in the page's JSON-LD blocks. */
  private static final class JsonLd {
    String publisher = "";
    String datePublished = "";
    String headline = "";
    String url = "";

    static JsonLd read(Document doc) {
      JsonLd ld = new JsonLd();
      for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
        try {
          ld.visit(LENIENT_JSON.readTree(script.data()), 0);
        } catch (java.io.IOException | RuntimeException e) {
          // a broken JSON-LD block is common and only costs us this one metadata source
        }
      }
      return ld;
    }

    private void visit(JsonNode n, int depth) {
      if (n == null || depth > 8) {
        return;
      }
      if (n.isArray()) {
        for (JsonNode c : n) {
          visit(c, depth + 1);
        }
        return;
      }
      if (!n.isObject()) {
        return;
      }
      if (n.has("@graph")) {
        visit(n.get("@graph"), depth + 1);
      }
      if (!n.has("datePublished") && !n.has("headline")) {
        return;
      }
      if (datePublished.isEmpty()) {
        datePublished = text(n.get("datePublished"));
      }
      if (headline.isEmpty()) {
        headline = text(n.get("headline"));
      }
      if (url.isEmpty()) {
        url = text(n.get("url"));
        if (url.isEmpty() && n.has("mainEntityOfPage")) {
          JsonNode m = n.get("mainEntityOfPage");
          url = m.isObject() ? text(m.get("@id")) : text(m);
        }
      }
      if (publisher.isEmpty() && n.has("publisher")) {
        JsonNode p = n.get("publisher");
        if (p.isArray() && p.size() > 0) {
          p = p.get(0);
        }
        publisher = p.isObject() ? text(p.get("name")) : text(p);
      }
    }

    private static String text(JsonNode n) {
      return n == null || !n.isValueNode() ? "" : n.asText("").strip();
    }
  }

  /** Text accumulation with deferred breaks, so nested blocks never stack up more than one blank line. */
  private static final class Renderer implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    /** 0: nothing pending, 1: a line break, 2: a paragraph break. */
    private int pendingBreak;
    private boolean pendingSpace;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode) {
        text(((TextNode) node).getWholeText());
        return;
      }
      if (!(node instanceof Element)) {
        return;
      }
      String tag = ((Element) node).normalName();
      switch (tag) {
        case "br":
          pendingBreak = pendingBreak >= 1 ? 2 : 1;
          return;
        case "q":
          text("\u201C");
          return;
        case "td":
        case "th":
          if (((Element) node).elementSiblingIndex() > 0) {
            literal("\t");
          }
          return;
        case "pre":
        case "textarea":
          preDepth++;
          breakAtLeast(2);
          return;
        default:
          break;
      }
      if (PARAGRAPH_BLOCKS.contains(tag)) {
        breakAtLeast(2);
      } else if (LINE_BLOCKS.contains(tag)) {
        breakAtLeast(1);
      } else if (tag.equals("img") || tag.equals("wbr")) {
        pendingSpace = pendingSpace || tag.equals("img");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element)) {
        return;
      }
      String tag = ((Element) node).normalName();
      if (tag.equals("q")) {
        text("\u201D");
      } else if (tag.equals("pre") || tag.equals("textarea")) {
        preDepth--;
        breakAtLeast(2);
      } else if (PARAGRAPH_BLOCKS.contains(tag)) {
        breakAtLeast(2);
      } else if (LINE_BLOCKS.contains(tag)) {
        breakAtLeast(1);
      }
    }

    private void breakAtLeast(int level) {
      pendingBreak = Math.max(pendingBreak, level);
    }

    private void text(String s) {
      if (preDepth > 0) {
        literal(s.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' '));
        return;
      }
      String t = s.replace('\u00A0', ' ');
      int n = t.length();
      int i = 0;
      while (i < n) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c)) {
          pendingSpace = true;
          i++;
          continue;
        }
        int j = i;
        while (j < n && !Character.isWhitespace(t.charAt(j))) {
          j++;
        }
        literal(t.substring(i, j));
        i = j;
      }
    }

    private void literal(String s) {
      if (s.isEmpty()) {
        return;
      }
      if (out.length() > 0 && pendingBreak > 0) {
        trimTrailingSpaces();
        out.append(pendingBreak >= 2 ? "\n\n" : "\n");
      } else if (pendingSpace && out.length() > 0 && !endsWithWhitespace() && !s.startsWith("\t")) {
        out.append(' ');
      }
      pendingBreak = 0;
      pendingSpace = false;
      out.append(s);
    }

    private boolean endsWithWhitespace() {
      return out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1));
    }

    private void trimTrailingSpaces() {
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
    }

    String result() {
      trimTrailingSpaces();
      return out.toString().strip();
    }
  }
}
