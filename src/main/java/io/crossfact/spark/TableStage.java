package io.crossfact.spark;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.CsvReports;
import io.crossfact.report.Signals;
import io.crossfact.story.StorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Write, as tables: findings, assertions, articles and stories as Parquet and/or JSON lines ({@code --format}),
 * with typed columns, through Spark's writers, so the folder may be on any Hadoop file system the session reaches
 * ({@code file://}, {@code hdfs://}, {@code s3a://} with hadoop-aws on the classpath).
 *
 * <p>Columns are the CSV's, by the same names and in the same order, typed: dates ({@code published*},
 * {@code first_seen}, {@code first}, {@code last}) as DATE (null when unknown), scores and bounds as DOUBLE,
 * offsets as INT; {@code signals} is a {@code map<string,double>} of the numeric signals with the few word or date
 * valued ones in {@code signals_text} ({@code map<string,string>}); a story's {@code article_ids} an
 * {@code array<string>}. Cells hold the raw text (no spreadsheet apostrophe: that is a CSV-only defence). Rows
 * are in the CSV's order; each table is a folder {@code <name>.parquet} or {@code <name>.json}, replaced whole.
 */
public final class TableStage {
  public static final String CSV = "csv";
  public static final String PARQUET = "parquet";
  public static final String JSON = "json";
  /** The formats {@code --format} takes; CSV is always written (the contract files). */
  public static final List<String> FORMATS = List.of(CSV, PARQUET, JSON);

  public static final String FINDINGS = "discrepancies";
  public static final String ASSERTIONS = "assertions";
  public static final String ARTICLES = "articles";
  public static final String STORIES = "stories";

  private TableStage() {}

  /** The findings table's schema; the column names are discrepancies.csv's plus {@code signals_text}. */
  static final StructType FINDING_SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("subject", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false)
      .add("value_a", DataTypes.StringType, false)
      .add("article_a", DataTypes.StringType, false)
      .add("source_a", DataTypes.StringType, false)
      .add("published_a", DataTypes.StringType, false)
      .add("evidence_a", DataTypes.StringType, false)
      .add("value_b", DataTypes.StringType, false)
      .add("article_b", DataTypes.StringType, false)
      .add("source_b", DataTypes.StringType, false)
      .add("published_b", DataTypes.StringType, false)
      .add("evidence_b", DataTypes.StringType, false)
      .add("explanation", DataTypes.StringType, false)
      .add("start_a", DataTypes.IntegerType, false)
      .add("end_a", DataTypes.IntegerType, false)
      .add("start_b", DataTypes.IntegerType, false)
      .add("end_b", DataTypes.IntegerType, false)
      .add("url_a", DataTypes.StringType, false)
      .add("url_b", DataTypes.StringType, false)
      .add("signals", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, false), false)
      .add("status", DataTypes.StringType, false)
      .add("first_seen", DataTypes.StringType, false)
      .add("signals_text", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false);

  /** The findings (already sorted, triage applied) as one ordered partition with typed columns. */
  static Dataset<Row> findings(SparkSession spark, List<Finding> sorted) {
    List<Row> rows = new ArrayList<>(sorted.size());
    for (Finding f : sorted) {
      rows.add(RowFactory.create(f.getId(), f.getType(), f.getSeverity(),
          Double.parseDouble(CsvReports.score(f.getScore())), f.getSubject(), f.getKey(),
          f.getValueA(), f.getArticleA(), f.getSourceA(), f.getPublishedA(), f.getEvidenceA(),
          f.getValueB(), f.getArticleB(), f.getSourceB(), f.getPublishedB(), f.getEvidenceB(),
          f.getExplanation(), f.getStartA(), f.getEndA(), f.getStartB(), f.getEndB(), f.getUrlA(), f.getUrlB(),
          Signals.numeric(f.getSignals()), f.getStatus(), f.getFirstSeen(), Signals.text(f.getSignals())));
    }
    Dataset<Row> df = spark.createDataFrame(rows, FINDING_SCHEMA).coalesce(1);
    return df.select(columns(df, "published_a", "published_b", "first_seen"));
  }

  /** assertions.csv's columns, typed; {@code low} and {@code high} are null but for figures (empty in the CSV). */
  static Dataset<Row> assertions(Dataset<Assertion> assertions) {
    Column figure = functions.col("kind").equalTo(Assertion.FIGURE);
    return assertions.orderBy("articleId", "start", "kind", "end", "value").select(
        functions.col("articleId").as("article_id"), functions.col("kind"), functions.col("subject"),
        functions.col("predicate"), functions.col("value"), functions.col("unit"), functions.col("qualifier"),
        functions.col("scope"), functions.col("period"), functions.col("text"),
        functions.col("start").cast(DataTypes.IntegerType).as("start"),
        functions.col("end").cast(DataTypes.IntegerType).as("end"),
        functions.col("cue"), functions.col("speakerKind").as("speaker_kind"),
        functions.when(figure, functions.col("low")).cast(DataTypes.DoubleType).as("low"),
        functions.when(figure, functions.col("high")).cast(DataTypes.DoubleType).as("high"));
  }

  /** articles.csv's columns (in its order, sorted by article id then path), typed. */
  static Dataset<Row> articles(Dataset<ArticleSummary> sortedSummaries) {
    return sortedSummaries.select(
        functions.col("articleId").as("article_id"), functions.col("source"), functions.col("url"),
        date(functions.col("published")).as("published"), functions.col("title"), functions.col("status"),
        functions.col("reason"), functions.col("chars").cast(DataTypes.IntegerType).as("chars"),
        functions.col("assertions").cast(DataTypes.LongType).as("assertions"), functions.col("path"),
        functions.col("format"), functions.col("cluster"), functions.col("story"));
  }

  /** stories.csv's columns, typed; {@code article_ids} split into an array. */
  static Dataset<Row> stories(Dataset<StorySummary> sortedStories) {
    Column ids = functions.col("articleIds");
    return sortedStories.select(functions.col("story"),
        functions.col("articles").cast(DataTypes.IntegerType).as("articles"),
        date(functions.col("first")).as("first"), date(functions.col("last")).as("last"), functions.col("label"),
        functions.when(ids.equalTo(""), functions.array().cast("array<string>"))
            .otherwise(functions.split(ids, " ")).as("article_ids"));
  }

  /** Writes {@code table} under {@code root} as {@code <name>.parquet} and/or {@code <name>.json}, replacing them. */
  static void write(Dataset<Row> table, String root, String name, Set<String> formats) {
    String base = stripSlash(root) + "/" + name;
    if (formats.contains(PARQUET)) {
      table.write().mode(SaveMode.Overwrite).parquet(base + ".parquet");
    }
    if (formats.contains(JSON)) {
      // Every column on every line, nulls included, so a line's keys do not depend on its values.
      table.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(base + ".json");
    }
  }

  /** Whether any table format beyond CSV is asked for. */
  static boolean any(Set<String> formats) {
    return formats.contains(PARQUET) || formats.contains(JSON);
  }

  /**
   * {@code --format} as given ({@code csv,parquet}; repeatable, comma separated, any case) to the set of formats,
   * always with CSV.
   *
   * @throws IllegalArgumentException naming an unknown format
   */
  public static Set<String> parseFormats(List<String> given) {
    Set<String> out = new java.util.TreeSet<>();
    out.add(CSV);
    for (String g : given == null ? List.<String>of() : given) {
      for (String f : g.split(",")) {
        String t = f.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
          continue;
        }
        if (t.equals("jsonl")) {
          t = JSON;
        }
        if (!FORMATS.contains(t)) {
          throw new IllegalArgumentException("--format '" + f.strip() + "' is not one of " + String.join(", ", FORMATS));
        }
        out.add(t);
      }
    }
    return out;
  }

  private static Column date(Column isoOrEmpty) {
    // An unknown date is empty in the CSV and null here, as is anything not yyyy-MM-dd (ingest writes ISO dates).
    return functions.when(isoOrEmpty.rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), isoOrEmpty.cast(DataTypes.DateType));
  }

  private static Column[] columns(Dataset<Row> df, String... dates) {
    List<String> d = List.of(dates);
    List<Column> out = new ArrayList<>();
    for (String c : df.columns()) {
      out.add(d.contains(c) ? date(functions.col(c)).as(c) : functions.col(c));
    }
    return out.toArray(new Column[0]);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
