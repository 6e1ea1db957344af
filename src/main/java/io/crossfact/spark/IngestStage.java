package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.ingest.ReadLimits;
import io.crossfact.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Ingest: list the input files on the driver, read and parse them on the executors.
 *
 * <p>Files are read with the Hadoop FileSystem API rather than Spark's {@code binaryFile} source so that a file Spark
 * would skip (names starting with {@code _} or {@code .}) or fail on (permission denied) still ends as a quarantined
 * row with a reason: every input document is either processed or listed.
 */
public final class IngestStage {
  private IngestStage() {}

  /** The configured read limits (held on each executor to its heap share by {@link BoundedReads#forThisExecutor}). */
  public static ReadLimits limits(CrossfactConfig config) {
    return new ReadLimits(config.getLong(Key.INGEST_MAX_DOCUMENT_BYTES), config.getLong(Key.INGEST_MAX_RECORD_BYTES),
        config.getLong(Key.EXTRACT_MAX_CHARS), config.getLong(Key.INGEST_READ_TIMEOUT_SECONDS) * 1000L);
  }

  /**
   * Every regular file under the given paths (files or directories, recursive), sorted by path.
   *
   * @throws NoInputException naming a path that does not exist
   */
  public static List<InputFile> listInputs(SparkSession spark, List<String> inputs) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        throw new NoInputException("input path does not exist: " + input);
      }
      FileStatus st = fs.getFileStatus(p);
      if (st.isFile()) {
        out.add(new InputFile(st.getPath().toString(), st.getLen(), st.getModificationTime()));
        continue;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (f.isFile() && !isChecksum(f.getPath().getName())) {
          out.add(new InputFile(f.getPath().toString(), f.getLen(), f.getModificationTime()));
        }
      }
    }
    out.sort(Comparator.comparing(InputFile::getPath));
    List<InputFile> unique = new ArrayList<>();
    for (InputFile f : out) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).getPath().equals(f.getPath())) {
        unique.add(f);
      }
    }
    return unique;
  }

  private static boolean isChecksum(String name) {
    // Hadoop's local file system writes hidden .crc companions next to files it wrote; they are not input.
    return name.startsWith(".") && name.endsWith(".crc");
  }

  /** Smallest and largest byte range one task reads of a big JSON-lines file. */
  static final long MIN_RANGE_BYTES = 4L * 1024 * 1024;
  static final long MAX_RANGE_BYTES = 64L * 1024 * 1024;
  /** Bytes of a JSON-lines file's head read to decide whether it can be read in ranges. */
  static final int HEAD_BYTES = 64 * 1024;

  /**
   * Reads and parses the files into articles (ok or quarantined), spread over {@code partitions} tasks. A big JSON
   * lines file (a crawl dump of 100,000 articles is common) is read in byte ranges by several tasks, not by one.
   */
  public static Dataset<Article> read(SparkSession spark, List<InputFile> files, int partitions) {
    return read(spark, files, partitions, MIN_RANGE_BYTES, limits(io.crossfact.config.CrossfactConfig.defaults()));
  }

  /** As above, within the given limits (see {@link ReadLimits}). */
  public static Dataset<Article> read(SparkSession spark, List<InputFile> files, int partitions, ReadLimits limits) {
    return read(spark, files, partitions, MIN_RANGE_BYTES, limits);
  }

  static Dataset<Article> read(SparkSession spark, List<InputFile> files, int partitions, long minRange) {
    return read(spark, files, partitions, minRange, limits(io.crossfact.config.CrossfactConfig.defaults()));
  }

  static Dataset<Article> read(SparkSession spark, List<InputFile> files, int partitions, long minRange,
      ReadLimits configured) {
    Broadcast<JavaSerialized<SerializableHadoopConf>> conf = hadoopConf(spark);
    return units(spark, files, partitions, conf, minRange)
        .flatMap((FlatMapFunction<ReadUnit, Article>) u -> readUnit(u, conf.value().get().get(),
                BoundedReads.forThisExecutor(configured)).iterator(),
            Encoders.bean(Article.class));
  }

  /**
   * What the tasks read: one unit per file or per byte range of a big JSON-lines file ({@link #plan}), in contiguous
   * slices of the sorted units (not a hash of the path, which left some tasks with three files and others with none),
   * up to four per configured partition so that uneven files even out across cores.
   */
  static Dataset<ReadUnit> units(SparkSession spark, List<InputFile> files, int partitions,
      Broadcast<JavaSerialized<SerializableHadoopConf>> conf, long minRange) {
    List<ReadUnit> units = plan(spark, files, partitions, conf, minRange);
    int n = Math.max(1, Math.min(units.size(), partitions * 4));
    return spark.createDataset(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(units, n).rdd(),
        Encoders.bean(ReadUnit.class));
  }

  /** The documents of one unit (a whole file or a range), ok or quarantined; never throws. */
  static List<Article> readUnit(ReadUnit u, Configuration conf, ReadLimits limits) {
    return u.isWhole() ? readFile(u.file(), conf, limits) : readRange(u, conf, limits);
  }

  /** With ingest.englishOnly=1, one read article through the English check: itself, or (not English) a quarantined row without its text. */
  static Article englishOnly(Article a) {
    if (!a.isOk()) {
      return a;
    }
    String reason = io.crossfact.ingest.EnglishCheck.notEnglish(a.getText());
    if (reason == null) {
      return a;
    }
    Article q = Article.quarantined(a.getArticleId(), a.getPath(), a.getFormat(), reason);
    q.setSource(a.getSource());
    q.setUrl(a.getUrl());
    q.setPublished(a.getPublished());
    q.setTitle(a.getTitle());
    return q;
  }

  static Broadcast<JavaSerialized<SerializableHadoopConf>> hadoopConf(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new JavaSerialized<>(new SerializableHadoopConf(spark.sparkContext().hadoopConfiguration())));
  }

  /**
   * One unit per file, except plain JSON-lines files larger than one range: those are cut into byte ranges, and a
   * first small job counts each range's newlines (for line numbers, which name records without an id) and checks
   * from the file's head that it really is one object per line; a file that is not is read whole.
   */
  static List<ReadUnit> plan(SparkSession spark, List<InputFile> files, int partitions,
      Broadcast<JavaSerialized<SerializableHadoopConf>> conf, long minRange) {
    long total = files.stream().mapToLong(InputFile::getLength).sum();
    long range = Math.max(minRange, Math.min(MAX_RANGE_BYTES, total / Math.max(1, partitions)));
    List<ReadUnit> ranges = new ArrayList<>();
    for (InputFile f : files) {
      if (DocumentReader.isPlainJsonLines(f.getPath()) && f.getLength() > range) {
        for (long s = 0; s < f.getLength(); s += range) {
          ranges.add(ReadUnit.range(f, s, Math.min(f.getLength(), s + range)));
        }
      }
    }
    java.util.Map<String, java.util.TreeMap<Long, long[]>> counted = new java.util.HashMap<>();
    if (!ranges.isEmpty()) {
      int n = Math.max(1, Math.min(partitions, ranges.size()));
      List<scala.Tuple3<String, Long, long[]>> rows = spark.createDataset(ranges, Encoders.bean(ReadUnit.class))
          .repartition(n, functions.col("path"), functions.col("start"))
          .map((MapFunction<ReadUnit, scala.Tuple3<String, Long, long[]>>) u ->
                  new scala.Tuple3<>(u.getPath(), u.getStart(), countRange(u, conf.value().get().get())),
              Encoders.tuple(Encoders.STRING(), Encoders.LONG(), Encoders.kryo(long[].class)))
          .collectAsList();
      for (scala.Tuple3<String, Long, long[]> r : rows) {
        counted.computeIfAbsent(r._1(), k -> new java.util.TreeMap<>()).put(r._2(), r._3());
      }
    }
    List<ReadUnit> units = new ArrayList<>();
    for (InputFile f : files) {
      java.util.TreeMap<Long, long[]> c = counted.get(f.getPath());
      // c.get(0L)[1] == 1: the head says one object per line; [0] is the range's newline count (-1: unreadable)
      boolean split = c != null && c.get(0L) != null && c.get(0L)[1] == 1
          && c.values().stream().allMatch(v -> v[0] >= 0);
      if (!split) {
        units.add(ReadUnit.whole(f));
        continue;
      }
      long before = 0;
      for (ReadUnit u : ranges) {
        if (u.getPath().equals(f.getPath())) {
          u.setNewlinesBefore(before);
          before += c.get(u.getStart())[0];
          units.add(u);
        }
      }
    }
    return units;
  }

  /** {newline bytes in the range or -1 if unreadable, 1 if the range starts the file and its head is splittable}. */
  static long[] countRange(ReadUnit u, Configuration conf) {
    if (BoundedReads.specialKind(u.getPath()) != null) {
      return new long[] {-1, 0}; // read whole, where it is quarantined by type
    }
    Path p = new Path(u.getPath());
    try (org.apache.hadoop.fs.FSDataInputStream in = p.getFileSystem(conf).open(p)) {
      in.seek(u.getStart());
      long headOk = 0;
      byte[] buf = new byte[HEAD_BYTES];
      long newlines = 0;
      long left = u.getEnd() - u.getStart();
      boolean first = true;
      while (left > 0) {
        int r = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (r < 0) {
          break;
        }
        if (first && u.getStart() == 0) {
          headOk = DocumentReader.jsonLinesSplittable(java.util.Arrays.copyOf(buf, r)) ? 1 : 0;
        }
        first = false;
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            newlines++;
          }
        }
        left -= r;
      }
      return new long[] {newlines, headOk};
    } catch (Throwable e) {
      return new long[] {-1, 0}; // read whole, where the failure is quarantined with its reason
    }
  }

  /**
   * Reads the lines that start inside one range of a JSON-lines file (a line that starts before the range and runs
   * into it belongs to the previous range; the last line is read past the range's end).
   */
  static List<Article> readRange(ReadUnit u, Configuration conf) {
    return readRange(u, conf, ReadLimits.unlimited());
  }

  /**
   * As above; a line longer than the record limit is not buffered: it is skipped to its end and listed as
   * {@code record too large} (its place in the chunk kept by an empty line, so later lines keep their numbers).
   */
  static List<Article> readRange(ReadUnit u, Configuration conf, ReadLimits limits) {
    String name = new Path(u.getPath()).getName();
    try {
      return BoundedReads.withTimeout(limits.readTimeoutMillis(), () -> readRangeBounded(u, conf, limits));
    } catch (Throwable e) {
      return List.of(Article.quarantined(DocumentReader.articleIdOf(name) + "@" + u.getStart(), u.getPath(), "jsonl",
          "unreadable range " + u.getStart() + "-" + u.getEnd() + ": " + BoundedReads.reason(e, limits)));
    }
  }

  private static List<Article> readRangeBounded(ReadUnit u, Configuration conf, ReadLimits limits)
      throws IOException {
    Path p = new Path(u.getPath());
    try (org.apache.hadoop.fs.FSDataInputStream raw = p.getFileSystem(conf).open(p)) {
      long pos = u.getStart();
      long firstLine = u.getNewlinesBefore() + 1;
      raw.seek(Math.max(0, pos - 1));
      InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
      if (pos > 0 && in.read() != '\n') {
        int c;
        while ((c = in.read()) != -1) {
          pos++;
          if (c == '\n') {
            break;
          }
        }
        if (c == -1) {
          return List.of();
        }
        firstLine++;
      }
      long chunkStart = pos;
      Chunk chunk = new Chunk();
      List<long[]> tooLarge = new ArrayList<>(); // {line number, bytes}
      long line = firstLine;
      int c = 0;
      while (pos < u.getEnd() && c != -1) {
        int lineStart = chunk.size();
        long lineBytes = 0;
        boolean over = false;
        while ((c = in.read()) != -1) {
          pos++;
          if (c == '\n') {
            break;
          }
          lineBytes++;
          if (!over && lineBytes > limits.maxRecordBytes()) {
            over = true;
            chunk.truncate(lineStart);
          }
          if (!over) {
            chunk.write(c);
          }
        }
        if (over) {
          tooLarge.add(new long[] {line, lineBytes});
        }
        if (c == '\n' || over) {
          chunk.write('\n');
        }
        line++;
      }
      List<Article> out = new ArrayList<>();
      if (chunk.size() > 0) {
        out.addAll(DocumentReader.readJsonLinesChunk(u.getPath(), chunk.toByteArray(), firstLine, chunkStart,
            limits));
      }
      String fileName = DocumentReader.fileNameOf(u.getPath());
      for (long[] t : tooLarge) {
        out.add(Article.quarantined(fileName + ":" + t[0], u.getPath(), "jsonl",
            limits.recordTooLarge("line " + t[0], t[1])));
      }
      return out;
    }
  }

  /** A byte buffer that can drop what it holds past a mark (the start of a line found to be too large). */
  private static final class Chunk extends java.io.ByteArrayOutputStream {
    void truncate(int size) {
      count = size;
    }
  }

  /** Reads one file; any failure, even an unexpected one, becomes a quarantined article (dead letter). */
  static List<Article> readFile(InputFile f, Configuration conf) {
    return readFile(f, conf, ReadLimits.unlimited());
  }

  /**
   * Reads one file within the limits: refused by type if it is no regular file, quarantined unread if larger than
   * the limit, read against the deadline; every {@link Throwable}, errors included, becomes a quarantined article
   * with the reason, so one file never fails the task.
   */
  static List<Article> readFile(InputFile f, Configuration conf, ReadLimits limits) {
    String path = f.getPath();
    try {
      String special = BoundedReads.specialKind(path);
      if (special != null) {
        return List.of(DocumentReader.quarantinedFile(path, "not a regular file: " + special));
      }
      if (f.getLength() > limits.maxDocumentBytes()) {
        return List.of(DocumentReader.quarantinedFile(path, limits.tooLarge(f.getLength())));
      }
      byte[] bytes = BoundedReads.readAtMost(path, conf, limits.maxDocumentBytes(), limits.readTimeoutMillis());
      if (bytes == null) {
        return List.of(DocumentReader.quarantinedFile(path, "too large: the file grew past "
            + (limits.maxDocumentBytes() >> 20) + " MB while it was read"));
      }
      return DocumentReader.read(path, bytes, limits);
    } catch (Throwable e) {
      return List.of(DocumentReader.quarantinedFile(path, BoundedReads.reason(e, limits)));
    }
  }

  /**
   * Two documents with one article id would make every later join ambiguous: the first by path stays, the others
   * are quarantined naming the path that kept the id.
   */
  public static Dataset<Article> quarantineDuplicateIds(Dataset<Article> articles) {
    java.util.Map<String, String> keepers = duplicateKeepers(
        articles.filter(functions.col("status").equalTo(Article.OK)).select("articleId", "path"));
    if (keepers.isEmpty()) {
      return articles;
    }
    Broadcast<java.util.Map<String, String>> b = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext())
        .broadcast(keepers);
    return articles.map((MapFunction<Article, Article>) a -> {
      String keeper = b.value().get(a.getArticleId());
      if (keeper == null || !a.isOk() || keeper.equals(a.getPath())) {
        return a;
      }
      Article q = Article.quarantined(a.getArticleId(), a.getPath(), a.getFormat(), duplicateReason(keeper));
      q.setSource(a.getSource());
      q.setUrl(a.getUrl());
      q.setPublished(a.getPublished());
      q.setTitle(a.getTitle());
      q.setText(a.getText());
      return q;
    }, Encoders.bean(Article.class));
  }

  /**
   * Of {@code (articleId, path)} rows of ok documents: each id held more than once, to the smallest path holding it
   * (which keeps it). Only the duplicated ids reach the driver, normally none.
   */
  static java.util.Map<String, String> duplicateKeepers(Dataset<Row> okIdsAndPaths) {
    List<Row> rows = okIdsAndPaths.groupBy("articleId")
        .agg(functions.count("*").as("n"), functions.min("path").as("keeper"))
        .filter(functions.col("n").gt(1))
        .select("articleId", "keeper")
        .collectAsList();
    java.util.Map<String, String> keepers = new java.util.TreeMap<>();
    for (Row r : rows) {
      keepers.put(r.getString(0), r.getString(1));
    }
    return keepers;
  }

  /** The quarantine reason of a document whose id {@code keeper} (a path) keeps. */
  static String duplicateReason(String keeper) {
    return "duplicate article_id: also in " + keeper;
  }
}
