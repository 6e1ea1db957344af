package io.crossfact.spark;

import io.crossfact.compare.MinHasher;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.config.Roster;
import io.crossfact.extract.ArticleExtractor;
import io.crossfact.ingest.ReadLimits;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.story.StoryProfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;

/**
 * {@code check}'s first half as one pass over the raw inputs: each task reads its files (or byte ranges), decodes
 * and cleans each document, runs the English check, extracts the assertions, computes the MinHash digest and the
 * story profile, and keeps a {@link ProcessedDocument}: no Dataset of whole articles is built, persisted or shuffled.
 * The text leaves the task only deflated, for report.html's few whole-text diffs of copies ({@link #bodies}): which
 * articles those are is known only after the comparison, and reading their files again cost a second read of the
 * corpus (copies are spread over all files). The digest's dates come from the document's own assertions, so
 * the joins that once attached them are gone too.
 *
 * <p>What needs the whole corpus comes after, on the small rows: the duplicate-id check (the first path keeps an id;
 * other ok documents with it are quarantined, dropping their extraction results) and the projections the later
 * stages read ({@link #documents}, {@link #assertions}, {@link #digests}, {@link #profiles}).
 */
final class PassStage {
  private PassStage() {}

  /** Per-task workers, built once per partition from the broadcast config. */
  static final class Worker {
    private final boolean englishOnly;
    private final ArticleExtractor extractor;
    private final long maxAssertions;
    private final MinHasher hasher;
    private final Roster roster;

    Worker(CrossfactConfig c) {
      englishOnly = c.getInt(Key.INGEST_ENGLISH_ONLY) != 0;
      extractor = new ArticleExtractor(c);
      maxAssertions = c.getLong(Key.EXTRACT_MAX_ASSERTIONS);
      hasher = new MinHasher(c.getInt(Key.COPIES_NUM_HASHES), c.getInt(Key.COPIES_BANDS),
          c.getInt(Key.COPIES_SHINGLE_WORDS));
      roster = c.lexicons().rosterIndex();
    }

    /**
     * One document as read to its row: the English check, then extraction (a failure quarantines it with the
     * reason, keeping its metadata), then digest and profile of an ok one.
     */
    ProcessedDocument process(Article read) {
      Article a = englishOnly ? IngestStage.englishOnly(read) : read;
      ProcessedDocument p = ProcessedDocument.of(a);
      if (!a.isOk()) {
        return p;
      }
      p.setReadOk(true);
      List<Assertion> out = ExtractStage.extractOne(extractor, a, maxAssertions);
      if (out.size() == 1 && ExtractStage.FAILED.equals(out.get(0).getKind())) {
        p.quarantine(out.get(0).getValue());
        return p;
      }
      p.setAssertions(out);
      p.setDigest(DigestStage.digest(a, out, hasher, roster));
      p.setProfile(StoryStage.profile(a));
      p.setPackedText(pack(a.getText()));
      return p;
    }
  }

  /**
   * The pass over {@code files}: one row per input document, ok or quarantined with a reason (to be persisted: every
   * later projection reads it). The accumulators count documents and assertions for the progress line.
   */
  static Dataset<ProcessedDocument> pass(SparkSession spark, List<InputFile> files, int partitions,
      ReadLimits configured, Broadcast<JavaSerialized<CrossfactConfig>> config, LongAccumulator documents,
      LongAccumulator assertions) {
    Broadcast<JavaSerialized<SerializableHadoopConf>> hadoop = IngestStage.hadoopConf(spark);
    return IngestStage.units(spark, files, partitions, hadoop, IngestStage.MIN_RANGE_BYTES)
        .mapPartitions((MapPartitionsFunction<ReadUnit, ProcessedDocument>) it -> {
          Worker w = new Worker(config.value().get());
          ReadLimits limits = BoundedReads.forThisExecutor(configured);
          Configuration conf = hadoop.value().get().get();
          return new DigestStage.MappingIterator<>(
              new FlatteningIterator<>(it, u -> IngestStage.readUnit(u, conf, limits)), a -> {
                ProcessedDocument p = w.process(a);
                documents.add(1);
                assertions.add(p.getAssertions().size());
                return p;
              });
        }, Encoders.bean(ProcessedDocument.class));
  }

  /**
   * The same pass for a small input ({@link LocalCheck}), its rows collected to the driver: the same tasks over the
   * same units in the same order, as plain RDD rows (no encoder and no query plan to build). Only for an input the
   * caller knows to be small ({@code InputSizing.small}).
   */
  static List<ProcessedDocument> collect(SparkSession spark, List<InputFile> files, int partitions,
      ReadLimits configured, Broadcast<JavaSerialized<CrossfactConfig>> config, long maxChars) {
    Broadcast<JavaSerialized<SerializableHadoopConf>> hadoop = IngestStage.hadoopConf(spark);
    List<ReadUnit> units = IngestStage.plan(spark, files, partitions, hadoop, IngestStage.MIN_RANGE_BYTES);
    int n = Math.max(1, Math.min(units.size(), partitions * 4)); // as IngestStage.units slices them
    long perTask = Math.max(1, maxChars / n);
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(units, n)
        .mapPartitions((org.apache.spark.api.java.function.FlatMapFunction<java.util.Iterator<ReadUnit>,
            ProcessedDocument>) it -> {
          Worker w = new Worker(config.value().get());
          ReadLimits limits = BoundedReads.forThisExecutor(configured);
          Configuration conf = hadoop.value().get().get();
          long[] chars = new long[1];
          return new DigestStage.MappingIterator<>(
              new FlatteningIterator<>(it, u -> IngestStage.readUnit(u, conf, limits)), a -> {
                chars[0] += a.getText().length();
                if (chars[0] > perTask) { // a few MB of gzip can hold far more text: not for the driver
                  throw new IllegalStateException(TOO_LARGE_FOR_THE_DRIVER);
                }
                return w.process(a);
              });
        })
        .collect();
  }

  /** The message of a {@link #collect} task whose documents' text exceeded its share of the budget. */
  static final String TOO_LARGE_FOR_THE_DRIVER = "crossfact: decoded text over the driver's budget";

  /**
   * The documents ok after reading whose id an ok document of a smaller path already has: id to the path that keeps
   * it (normally none). Runs the pass when it is not yet computed.
   */
  static Map<String, String> duplicateKeepers(Dataset<ProcessedDocument> pass) {
    return IngestStage.duplicateKeepers(pass.filter(functions.col("readOk")).select("articleId", "path"));
  }

  /** Quarantines every ok-after-reading document whose id {@code keepers} gives to another path. */
  static Dataset<ProcessedDocument> quarantineDuplicates(Dataset<ProcessedDocument> pass,
      Map<String, String> keepers) {
    Broadcast<Map<String, String>> b = JavaSparkContext.fromSparkContext(pass.sparkSession().sparkContext())
        .broadcast(keepers);
    return pass.map((MapFunction<ProcessedDocument, ProcessedDocument>) p -> {
      String keeper = b.value().get(p.getArticleId());
      if (keeper != null && p.isReadOk() && !keeper.equals(p.getPath())) {
        p.quarantine(IngestStage.duplicateReason(keeper));
        p.setMarkers(""); // as the quarantined copy was built: metadata and text, not the markers
      }
      return p;
    }, Encoders.bean(ProcessedDocument.class));
  }

  /**
   * Report.html's whole texts of the copies it diffs: the texts of the given ids, unpacked on the driver (a few
   * hundred at most; an id without a text is left out, and the page says so).
   */
  static OutputStage.BodySource bodies(Dataset<ProcessedDocument> processed) {
    return pathById -> {
      Map<String, String> out = new java.util.TreeMap<>();
      if (pathById.isEmpty()) {
        return out;
      }
      java.util.Iterator<Row> it = processed.filter(functions.col("articleId").isin(pathById.keySet().toArray())
              .and(functions.col("packedText").isNotNull()))
          .select("articleId", "packedText").toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        out.putIfAbsent(r.getString(0), unpack((byte[]) r.get(1)));
      }
      return out;
    };
  }

  /** Deflates a text's UTF-8 bytes (fastest level: the pass pays about a millisecond per 100 KB). */
  static byte[] pack(String text) {
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    Deflater d = new Deflater(Deflater.BEST_SPEED);
    try {
      d.setInput(in);
      d.finish();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, in.length / 2));
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        out.write(buf, 0, d.deflate(buf));
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /** The text {@link #pack} packed. */
  static String unpack(byte[] packed) throws java.io.IOException {
    Inflater i = new Inflater();
    try {
      i.setInput(packed);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(packed.length * 3);
      byte[] buf = new byte[8192];
      while (!i.finished()) {
        int n = i.inflate(buf);
        if (n == 0 && (i.needsInput() || i.needsDictionary())) {
          throw new java.io.IOException("truncated packed text");
        }
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new java.io.IOException("corrupt packed text: " + e.getMessage(), e);
    } finally {
      i.end();
    }
  }

  /** articles.csv's rows before counts and clusters: the columns {@link OutputStage#documents} selects. */
  static Dataset<Row> documents(Dataset<ProcessedDocument> processed) {
    return processed.select(functions.col("articleId"), functions.col("source"), functions.col("url"),
        functions.col("published"), functions.col("title"), functions.col("status"), functions.col("reason"),
        functions.col("chars"), functions.col("path"), functions.col("format"), functions.col("markers"));
  }

  /** The assertions of the ok documents. */
  static Dataset<Assertion> assertions(Dataset<ProcessedDocument> processed) {
    return processed.select(functions.explode(functions.col("assertions")).as("a")).select("a.*")
        .as(Encoders.bean(Assertion.class));
  }

  /** The digest of every ok document. */
  static Dataset<ArticleDigest> digests(Dataset<ProcessedDocument> processed) {
    return processed.filter(functions.col("digest").isNotNull()).select("digest.*")
        .as(Encoders.bean(ArticleDigest.class));
  }

  /** The story profile of every ok document. */
  static Dataset<StoryProfile> profiles(Dataset<ProcessedDocument> processed) {
    return processed.filter(functions.col("profile").isNotNull()).select("profile.*")
        .as(Encoders.bean(StoryProfile.class));
  }
}
