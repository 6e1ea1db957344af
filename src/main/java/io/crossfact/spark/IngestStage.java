package io.crossfact.spark;

import io.crossfact.ingest.DocumentReader;
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
  /** Files above this size are quarantined rather than read into memory. */
  static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

  private IngestStage() {}

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

  /** Reads and parses the files into articles (ok or quarantined), spread over {@code partitions} tasks. */
  public static Dataset<Article> read(SparkSession spark, List<InputFile> files, int partitions) {
    Broadcast<JavaSerialized<SerializableHadoopConf>> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new JavaSerialized<>(new SerializableHadoopConf(spark.sparkContext().hadoopConfiguration())));
    Dataset<InputFile> listed = spark.createDataset(files, Encoders.bean(InputFile.class));
    int n = Math.max(1, Math.min(partitions, files.size()));
    return listed.repartition(n, functions.col("path"))
        .flatMap((FlatMapFunction<InputFile, Article>) f -> readFile(f, conf.value().get().get()).iterator(),
            Encoders.bean(Article.class));
  }

  /** Reads one file; any failure, even an unexpected one, becomes a quarantined article (dead letter). */
  static List<Article> readFile(InputFile f, Configuration conf) {
    String name = new Path(f.getPath()).getName();
    if (f.getLength() > MAX_FILE_BYTES) {
      return List.of(Article.quarantined(DocumentReader.articleIdOf(name), f.getPath(), "",
          "file too large: " + f.getLength() + " bytes (limit " + MAX_FILE_BYTES + ")"));
    }
    byte[] bytes;
    try {
      Path p = new Path(f.getPath());
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        bytes = in.readAllBytes();
      }
    } catch (IOException | RuntimeException e) {
      return List.of(Article.quarantined(DocumentReader.articleIdOf(name), f.getPath(), "",
          "unreadable file: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
    try {
      return DocumentReader.read(f.getPath(), bytes);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(Article.quarantined(DocumentReader.articleIdOf(name), f.getPath(), "",
          "ingest failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /**
   * Two documents with one article id would make every later join ambiguous: the first by path stays, the others
   * are quarantined naming the path that kept the id.
   */
  public static Dataset<Article> quarantineDuplicateIds(Dataset<Article> articles) {
    Dataset<Row> dupes = articles.filter(functions.col("status").equalTo(Article.OK))
        .groupBy("articleId")
        .agg(functions.count("*").as("n"), functions.min("path").as("keeper"))
        .filter(functions.col("n").gt(1))
        .select("articleId", "keeper");
    List<Row> rows = dupes.collectAsList(); // only the duplicated ids, normally none
    if (rows.isEmpty()) {
      return articles;
    }
    java.util.Map<String, String> keepers = new java.util.TreeMap<>();
    for (Row r : rows) {
      keepers.put(r.getString(0), r.getString(1));
    }
    Broadcast<java.util.Map<String, String>> b = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext())
        .broadcast(keepers);
    return articles.map((MapFunction<Article, Article>) a -> {
      String keeper = b.value().get(a.getArticleId());
      if (keeper == null || !a.isOk() || keeper.equals(a.getPath())) {
        return a;
      }
      Article q = Article.quarantined(a.getArticleId(), a.getPath(), a.getFormat(),
          "duplicate article_id: also in " + keeper);
      q.setSource(a.getSource());
      q.setUrl(a.getUrl());
      q.setPublished(a.getPublished());
      q.setTitle(a.getTitle());
      q.setText(a.getText());
      return q;
    }, Encoders.bean(Article.class));
  }
}
