package io.crossfact.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one immutable configuration of a run.
 *
 * <p>Precedence: command line options (passed as overrides) &gt; the job's conf file ({@code --conf FILE}, by
 * default {@code conf/crossfact.properties}) &gt; the defaults declared in {@link Key}. Every value is validated when
 * the config is built; a bad value fails the run at start with a message quoting the key and the value.
 *
 * <p>Word lists (aliases, generic names, metric synonyms, ...) are files named by {@code lists.*} keys, resolved
 * against the conf file's folder, else read from the copy of {@code conf/} packed in the jar. They are loaded once
 * into {@link Lexicons}.
 */
public final class CrossfactConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every key with its default and its allowed range; the single place a new setting is declared. */
  public enum Key {
    QUOTE_MIN_WORDS("quote.minWords", "4", 1, 100),
    QUOTE_DRIFT_MIN_SIMILARITY("quote.drift.minSimilarity", "0.5", 0, 1),
    QUOTE_MISATTRIBUTION_MIN_SIMILARITY("quote.misattribution.minSimilarity", "0.8", 0, 1),
    QUOTE_REPORT_SHORTENED("quote.reportShortened", "0", 0, 1),
    ROLE_CONFLICT_SIGNALS("role.conflictSignals", "office", Double.NaN, Double.NaN),
    FIGURE_TOLERANCE_APPROX("figure.tolerance.approx", "0.10", 0, 1),
    FIGURE_TOLERANCE_OPEN("figure.tolerance.open", "0.5", 0, 10),
    FIGURE_CONFLICT_MIN_RELATIVE_DIFF("figure.conflict.minRelativeDiff", "0.05", 0, 10),
    COPIES_SHINGLE_WORDS("copies.shingleWords", "5", 1, 20),
    COPIES_NUM_HASHES("copies.numHashes", "64", 8, 1024),
    COPIES_BANDS("copies.bands", "16", 1, 1024),
    COPIES_MIN_SIMILARITY("copies.minSimilarity", "0.6", 0, 1),
    STORIES_MIN_SIMILARITY("stories.minSimilarity", "0.10", 0, 1),
    STORIES_STRONG_SIMILARITY("stories.strongSimilarity", "0.30", 0, 1),
    STORIES_NEIGHBOURS("stories.neighbours", "2", 1, 100),
    STORIES_WINDOW_DAYS("stories.windowDays", "7", 1, 100000),
    STORIES_ORPHAN_LINKS("stories.orphanLinks", "1", 0, 1),
    STORIES_SPLIT_EVENTS("stories.splitEvents", "1", 0, 1),
    STORIES_ORPHAN_SIMILARITY("stories.orphanSimilarity", "0.20", 0, 1),
    STORIES_SPLIT_GAP_DAYS("stories.splitGapDays", "365", 0, 100000),
    STORIES_MAX_BLOCK("stories.maxBlock", "20", 2, 100000),
    REPUBLICATION_MIN_AGE_DAYS("republication.minAgeDays", "180", 1, 100000),
    REPUBLICATION_REPORT_TEXT_DATES("republication.reportTextDates", "0", 0, 1),
    EXPERT_THRESHOLD("expert.threshold", "0.6", 0, 1),
    EXPERT_WEIGHT_UNSEEN("expert.weight.unseen", "0.2", 0, 1),
    EXPERT_WEIGHT_GENERIC_NAME("expert.weight.genericName", "0.3", 0, 1),
    EXPERT_WEIGHT_VAGUE_INSTITUTION("expert.weight.vagueInstitution", "0.25", 0, 1),
    EXPERT_WEIGHT_GENERIC_QUOTE("expert.weight.genericQuote", "0.15", 0, 1),
    EXPERT_WEIGHT_MANY_EXPERTS("expert.weight.manyExperts", "0.1", 0, 1),
    EXPERT_WEIGHT_CONTENT_FARM("expert.weight.contentFarm", "0.2", 0, 1),
    SEVERITY_HIGH("severity.high", "0.75", 0, 1),
    SEVERITY_MEDIUM("severity.medium", "0.5", 0, 1),
    COMPARE_MAX_GROUP_SIZE("compare.maxGroupSize", "500", 2, 1000000),
    /** Rows report.html lists in detail (highest severity first); discrepancies.csv always has every finding. */
    REPORT_HTML_MAX_FINDINGS("report.htmlMaxFindings", "5000", 1, 10000000),
    /** Decompressed bytes of one document (a file read whole); lowered at run time to what one task may hold. */
    /** 1: quarantine documents that are not English (reason {@code not English}); 0: read every language. */
    INGEST_ENGLISH_ONLY("ingest.englishOnly", "1", 0, 1),
    INGEST_MAX_DOCUMENT_BYTES("ingest.maxDocumentBytes", "268435456", 65536, 2000000000),
    /** Bytes of one record: a JSON line or a WARC record's block. */
    INGEST_MAX_RECORD_BYTES("ingest.maxRecordBytes", "33554432", 1024, 2000000000),
    /** Seconds one file's read may take before it is quarantined (0: no limit). */
    INGEST_READ_TIMEOUT_SECONDS("ingest.readTimeoutSeconds", "300", 0, 86400),
    /** Characters of one document's text; a longer one is quarantined before cleaning and extraction. */
    EXTRACT_MAX_CHARS("extract.maxChars", "2000000", 1000, 2000000000),
    /** Assertions one document may yield; more quarantines the document (a generated or looping page). */
    EXTRACT_MAX_ASSERTIONS("extract.maxAssertions", "20000", 1, 2000000000),
    /** 0 (default): CSV cells that would start a spreadsheet formula get a leading apostrophe; 1: raw values. */
    CSV_RAW_CELLS("csv.rawCells", "0", 0, 1),
    SPARK_SHUFFLE_PARTITIONS("spark.shufflePartitions", "8", 1, 100000),
    SPARK_LOG_LEVEL("spark.logLevel", "WARN", Double.NaN, Double.NaN),
    LISTS_ALIASES("lists.aliases", "aliases.csv", Double.NaN, Double.NaN),
    LISTS_GENERIC_NAMES("lists.genericNames", "generic-names.txt", Double.NaN, Double.NaN),
    LISTS_VAGUE_INSTITUTIONS("lists.vagueInstitutions", "vague-institutions.txt", Double.NaN, Double.NaN),
    LISTS_METRIC_SYNONYMS("lists.metricSynonyms", "metric-synonyms.csv", Double.NaN, Double.NaN),
    LISTS_ROSTER("lists.roster", "roster.csv", Double.NaN, Double.NaN),
    /** 1: the bundled roster of US offices (lexicon/roster.csv) is merged under lists.roster; 0: the user's only. */
    ROSTER_BUNDLED("roster.bundled", "1", 0, 1),
    /** Reviewers' decisions (id,status,note,reviewer,date); relative to the conf file's folder; empty: none. */
    TRIAGE_FILE("triage.file", "", Double.NaN, Double.NaN);

    final String name;
    final String defaultValue;
    final double min;
    final double max;

    Key(String name, String defaultValue, double min, double max) {
      this.name = name;
      this.defaultValue = defaultValue;
      this.min = min;
      this.max = max;
    }

    public String key() {
      return name;
    }

    boolean numeric() {
      return !Double.isNaN(min);
    }
  }

  private final Map<String, String> values;
  /**
   * Spark settings from the command line ({@code --set spark.k=v}, {@code --conf spark.k=v}) for the session;
   * transient: they change resources, not results, so a nightly run's fingerprint (the serialized config) ignores them.
   */
  private transient Map<String, String> spark = Map.of();
  private final Lexicons lexicons;
  private final String origin;
  private final transient Path confDir;

  private CrossfactConfig(Map<String, String> values, Lexicons lexicons, String origin, Path confDir) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.lexicons = lexicons;
    this.origin = origin;
    this.confDir = confDir;
  }

  /** The defaults with the lists packed in the jar. */
  public static CrossfactConfig defaults() {
    return build(new Properties(), null, Map.of(), "defaults");
  }

  /**
   * Loads a conf file ({@code null}: defaults only) and applies command line overrides on top.
   *
   * @throws ConfigException naming the file, key or value that is wrong
   */
  public static CrossfactConfig load(Path file, Map<String, String> overrides) {
    Properties p = new Properties();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException("config file not found: " + file);
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    return build(p, file == null ? null : file.toAbsolutePath().getParent(), overrides,
        file == null ? "defaults" : file.toString());
  }

  private static CrossfactConfig build(Properties p, Path listDir, Map<String, String> overrides, String origin) {
    Map<String, String> merged = new LinkedHashMap<>();
    Map<String, Key> byName = new LinkedHashMap<>();
    // Where each value came from, for error messages: the defaults, the conf file, or --set on the command line.
    Map<String, String> where = new LinkedHashMap<>();
    for (Key k : Key.values()) {
      byName.put(k.name, k);
      merged.put(k.name, k.defaultValue);
      where.put(k.name, "the built-in defaults");
    }
    for (String name : p.stringPropertyNames()) {
      if (!byName.containsKey(name)) {
        throw new ConfigException("unknown config key '" + name + "' in " + origin + " (known keys: "
            + String.join(", ", byName.keySet()) + ")");
      }
      merged.put(name, p.getProperty(name).trim());
      where.put(name, origin);
    }
    Map<String, String> sparkSettings = new TreeMap<>();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      if (!byName.containsKey(e.getKey()) && e.getKey().startsWith("spark.") && e.getKey().length() > 6) {
        sparkSettings.put(e.getKey(), e.getValue().trim()); // passed through to the SparkSession as given
        continue;
      }
      if (!byName.containsKey(e.getKey())) {
        throw new ConfigException("unknown config key '" + e.getKey() + "' given on the command line");
      }
      merged.put(e.getKey(), e.getValue().trim());
      where.put(e.getKey(), "--set " + e.getKey() + "=" + e.getValue().trim() + " (command line)");
    }
    for (Key k : Key.values()) {
      validate(k, merged.get(k.name), where.get(k.name));
    }
    if (Double.parseDouble(merged.get(Key.SEVERITY_MEDIUM.name)) > Double.parseDouble(merged.get(Key.SEVERITY_HIGH.name))) {
      throw new ConfigException("severity.medium (" + merged.get(Key.SEVERITY_MEDIUM.name)
          + ", from " + where.get(Key.SEVERITY_MEDIUM.name) + ") must not be above severity.high ("
          + merged.get(Key.SEVERITY_HIGH.name) + ", from " + where.get(Key.SEVERITY_HIGH.name) + ")");
    }
    int hashes = Integer.parseInt(merged.get(Key.COPIES_NUM_HASHES.name));
    int bands = Integer.parseInt(merged.get(Key.COPIES_BANDS.name));
    if (hashes % bands != 0) {
      throw new ConfigException("copies.numHashes (" + hashes + ", from " + where.get(Key.COPIES_NUM_HASHES.name)
          + ") must be a multiple of copies.bands (" + bands + ", from " + where.get(Key.COPIES_BANDS.name) + ")");
    }
    Lexicons lex = Lexicons.load(listDir,
        merged.get(Key.LISTS_ALIASES.name), merged.get(Key.LISTS_GENERIC_NAMES.name),
        merged.get(Key.LISTS_VAGUE_INSTITUTIONS.name), merged.get(Key.LISTS_METRIC_SYNONYMS.name),
        merged.get(Key.LISTS_ROSTER.name), Double.parseDouble(merged.get(Key.ROSTER_BUNDLED.name)) == 1);
    CrossfactConfig c = new CrossfactConfig(merged, lex, origin, listDir);
    c.spark = Collections.unmodifiableMap(sparkSettings);
    return c;
  }

  private static void validate(Key k, String v, String origin) {
    if (v == null || v.isEmpty()) {
      if (k.defaultValue.isEmpty()) {
        return; // optional settings default to empty
      }
      throw new ConfigException(k.name + " is empty in " + origin);
    }
    if (k == Key.ROLE_CONFLICT_SIGNALS) {
      for (String sig : v.split(",")) {
        if (!java.util.Set.of("office", "party", "state", "institution").contains(sig.trim())) {
          throw new ConfigException(k.name + " = '" + v + "' in " + origin + ": '" + sig.trim()
              + "' is not one of office, party, state, institution");
        }
      }
      return;
    }
    if (k == Key.SPARK_LOG_LEVEL) {
      if (!java.util.Set.of("ALL", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "OFF", "TRACE")
          .contains(v.toUpperCase(Locale.ROOT))) {
        throw new ConfigException(k.name + " = '" + v + "' in " + origin + " is not a log level (WARN, INFO, ERROR, ...)");
      }
      return;
    }
    if (!k.numeric()) {
      return;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new ConfigException(k.name + " = '" + v + "' in " + origin + " is not a number");
    }
    boolean integral = k.defaultValue.indexOf('.') < 0;
    if (integral && d != Math.rint(d)) {
      throw new ConfigException(k.name + " = '" + v + "' in " + origin + " must be a whole number");
    }
    if (d < k.min || d > k.max || Double.isNaN(d)) {
      throw new ConfigException(k.name + " = '" + v + "' in " + origin + " is out of range ["
          + fmt(k.min) + ", " + fmt(k.max) + "]");
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  public double getDouble(Key k) {
    return Double.parseDouble(values.get(k.name));
  }

  public int getInt(Key k) {
    return (int) Double.parseDouble(values.get(k.name));
  }

  public long getLong(Key k) {
    return (long) Double.parseDouble(values.get(k.name));
  }

  public String getString(Key k) {
    return values.get(k.name);
  }

  /** The triage file named in the config, resolved against the conf file's folder; null when none is set. */
  public Path triageFile() {
    String v = getString(Key.TRIAGE_FILE);
    if (v.isEmpty()) {
      return null;
    }
    Path p = Path.of(v);
    return p.isAbsolute() || confDir == null ? p : confDir.resolve(p);
  }

  public Lexicons lexicons() {
    return lexicons;
  }

  /** Where the values came from: a file path or {@code defaults}. */
  public String origin() {
    return origin;
  }

  /** The effective values, sorted by key (written to run.json), with the Spark settings passed through. */
  public Map<String, String> effective() {
    if (sparkSettings().isEmpty()) {
      return values;
    }
    Map<String, String> all = new TreeMap<>(values);
    all.putAll(spark);
    return Collections.unmodifiableMap(all);
  }

  /** Spark settings given on the command line ({@code spark.*} keys crossfact does not own), for the session. */
  public Map<String, String> sparkSettings() {
    return spark == null ? Map.of() : spark;
  }

  /** Severity band of a score in [0,1]. */
  public String severityOf(double score) {
    if (score >= getDouble(Key.SEVERITY_HIGH)) {
      return "high";
    }
    return score >= getDouble(Key.SEVERITY_MEDIUM) ? "medium" : "low";
  }

  static InputStream classpathList(String name) {
    return CrossfactConfig.class.getResourceAsStream("/crossfact-conf/" + name);
  }
}
