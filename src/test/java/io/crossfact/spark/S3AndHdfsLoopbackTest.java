package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.s3.model.S3ObjectSummary;
import io.crossfact.report.CsvCells;
import io.crossfact.report.CsvReports;
import io.crossfact.report.Signals;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's S3 and HDFS recipes on real services: S3Proxy (Apache-2.0; filesystem-backed, started in its own JVM
 * because its libraries clash with Spark's) on a free loopback port, and an HDFS NameNode and DataNode on 127.0.0.1
 * (Hadoop's MiniDFSCluster, in this JVM). The bundled examples are split between a bucket and HDFS, and one
 * {@code check} runs in a JVM of its own, as a user's run would, with {@code --input s3a://... --input hdfs://...} and
 * {@code --tables s3a://...}, configured only by the README's {@code --conf spark.hadoop.fs.s3a.*} lines and the AWS
 * environment variables the default credentials chain reads (HDFS needs nothing but its URI). hadoop-aws 3.3.4 (with
 * its AWS SDK bundle, the pair the README documents) and hadoop-client-minicluster 3.3.4 are test dependencies. When a
 * server cannot start here (no S3Proxy jar, no free port, no HDFS), every test is skipped with the reason.
 */
class S3AndHdfsLoopbackTest {
  private static final Path REPO = Path.of(System.getProperty("crossfact.repo", "."));
  private static final String BUCKET = "crossfact-loopback";
  // Keys for a server that lives for this test on 127.0.0.1 only; not secrets.
  private static final String ACCESS_KEY = "loopback-access-key";
  private static final String SECRET_KEY = "loopback-secret-key";

  @TempDir
  static Path work;

  private static Process server;
  private static String endpoint;
  private static Path out;
  private static AmazonS3 s3;
  private static FileSystem testJvmS3a;
  private static MiniDFSCluster hdfs;
  private static String hdfsRoot;
  /** The folder each example file was put in: the bucket's or HDFS's, alternating by name so stories span both. */
  private static final Map<String, String> STORE = new java.util.TreeMap<>();

  /** Why the servers could not start (each test is then skipped with it), or null. */
  private static String unavailable;

  @BeforeAll
  static void startTheStoresSplitTheExamplesAndRunCheck() throws Exception {
    try {
      endpoint = startServer();
      startHdfs();
    } catch (Unavailable e) {
      unavailable = e.getMessage();
      System.err.println("S3AndHdfsLoopbackTest skipped: " + unavailable);
      return;
    }
    s3 = AmazonS3ClientBuilder.standard()
        .withEndpointConfiguration(new EndpointConfiguration(endpoint, "us-east-1"))
        .withPathStyleAccessEnabled(true)
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY)))
        .build();
    s3.createBucket(BUCKET);
    try (Stream<Path> files = Files.list(REPO.resolve("examples/articles"));
        FileSystem dfs = hdfs.getFileSystem()) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (STORE.size() % 2 == 0) {
          s3.putObject(BUCKET, "articles/" + name, f.toFile());
          STORE.put(name, "s3a://" + BUCKET + "/articles/");
        } else {
          dfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(f.toUri()),
              new org.apache.hadoop.fs.Path(hdfsRoot + "/articles/" + name));
          STORE.put(name, hdfsRoot + "/articles/");
        }
      }
    }
    out = work.resolve("out");
    runCheck();
    // This JVM's shared session reads the tables back. Per-bucket keys (fs.s3a.bucket.NAME.*) leave its settings
    // for any other bucket as they were; a user's session takes the unscoped keys from --conf, as the run above did.
    Configuration hadoop = SparkTestSession.spark().sparkContext().hadoopConfiguration();
    String scope = "fs.s3a.bucket." + BUCKET + ".";
    for (Map.Entry<String, String> e : s3aSettings().entrySet()) {
      hadoop.set(scope + e.getKey(), e.getValue());
    }
    hadoop.set(scope + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    hadoop.set(scope + "access.key", ACCESS_KEY);
    hadoop.set(scope + "secret.key", SECRET_KEY);
  }

  @AfterAll
  static void stopTheStores() throws Exception {
    if (testJvmS3a != null) {
      // The S3A client Hadoop caches for the bucket goes with the server; the session's other file systems stay.
      testJvmS3a.close();
    }
    if (s3 != null) {
      s3.shutdown();
    }
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /**
   * Same findings, row for row, as the local run ExamplesEndToEndTest holds to the golden file: every comparison
   * across the two stores made as it is made on local files.
   */
  @Test
  void findingsFromS3AndHdfsInputEqualTheLocalRunsFindings() throws IOException {
    assumeTrue(unavailable == null, unavailable);
    String golden = Files.readString(REPO.resolve("src/test/resources/golden/examples-discrepancies.csv"),
        StandardCharsets.UTF_8);
    String actual = ExamplesEndToEndTest.withoutFirstSeen(
        Files.readString(out.resolve("discrepancies.csv"), StandardCharsets.UTF_8));
    assertEquals(golden, actual);
  }

  /** Every document was read from the store it was put in, and every one is accounted for, as in the local run. */
  @Test
  void everyDocumentWasReadFromItsStore() throws IOException {
    assumeTrue(unavailable == null, unavailable);
    List<CSVRecord> rows = csv(out.resolve("articles.csv"));
    assertEquals(23, rows.size());
    assertEquals(3, rows.stream().filter(r -> r.get("status").equals("quarantined")).count());
    TreeSet<String> expected = new TreeSet<>();
    STORE.forEach((name, folder) -> expected.add(folder + name));
    TreeSet<String> read = new TreeSet<>();
    for (CSVRecord r : rows) {
      read.add(r.get("path")); // a JSON-lines file's records all name the file
    }
    assertEquals(expected, read);
    assertTrue(STORE.containsValue(hdfsRoot + "/articles/") && STORE.containsValue("s3a://" + BUCKET + "/articles/"));
  }

  /** The tables are objects in the bucket (not a local fallback), written by Spark's committer. */
  @Test
  void theTablesAreObjectsInTheBucket() {
    assumeTrue(unavailable == null, unavailable);
    TreeSet<String> tables = new TreeSet<>();
    for (S3ObjectSummary o : s3.listObjectsV2(BUCKET, "tables/").getObjectSummaries()) {
      String key = o.getKey();
      if (key.endsWith(".parquet") && key.contains("/part-")) {
        tables.add(key.substring("tables/".length(), key.indexOf('/', "tables/".length())));
      }
    }
    assertEquals(new TreeSet<>(List.of("articles.parquet", "assertions.parquet", "discrepancies.parquet",
        "stories.parquet")), tables);
  }

  /**
   * A plain Spark SQL query on the Parquet findings table in s3a:// (from this JVM's own session, given the bucket's
   * settings) returns the CSV's rows, in its order, every column equal.
   */
  @Test
  void theParquetFindingsTableReadBackFromS3HoldsTheCsvRows() throws IOException {
    assumeTrue(unavailable == null, unavailable);
    SparkSession spark = SparkTestSession.spark();
    testJvmS3a = FileSystem.get(URI.create("s3a://" + BUCKET + "/"), spark.sparkContext().hadoopConfiguration());
    List<Row> rows = spark.sql("SELECT * FROM parquet.`s3a://" + BUCKET + "/tables/discrepancies.parquet`")
        .collectAsList();
    List<CSVRecord> csv = csv(out.resolve("discrepancies.csv"));
    assertTrue(csv.size() >= 7, "findings of every type");
    assertEquals(csv.size(), rows.size());
    for (int i = 0; i < csv.size(); i++) {
      CSVRecord c = csv.get(i);
      Row r = rows.get(i);
      String id = c.get("id");
      for (String col : CsvReports.DISCREPANCY_COLUMNS) {
        String expected = CsvCells.unescape(c.get(col));
        Object v = r.getAs(col);
        if (col.equals("signals")) {
          assertEquals(Signals.numeric(expected), r.getJavaMap(r.fieldIndex("signals")), id);
          assertEquals(Signals.text(expected), r.getJavaMap(r.fieldIndex("signals_text")), id);
        } else if (col.equals("score")) {
          assertEquals(expected, CsvReports.score((Double) v), id + " score");
        } else {
          assertEquals(expected, v == null ? "" : v.toString(), "row " + i + " (" + id + ") " + col);
        }
      }
    }
    long high = csv.stream().filter(c -> c.get("severity").equals("high")).count();
    assertEquals(high, spark.sql("SELECT count(*) FROM parquet.`s3a://" + BUCKET
        + "/tables/discrepancies.parquet` WHERE severity = 'high'").first().getLong(0));
  }

  /** The s3a settings the README gives for an S3-compatible store on plain HTTP (without the fs.s3a. prefix). */
  private static Map<String, String> s3aSettings() {
    return Map.of("endpoint", endpoint, "path.style.access", "true", "connection.ssl.enabled", "false");
  }

  /** check in its own JVM: a fresh session built from the command line's --conf lines, as jobs/crossfact runs it. */
  private static void runCheck() throws Exception {
    List<String> cmd = ChildCheck.command(REPO, work.resolve("spark.log"));
    cmd.addAll(List.of(
        "--input", "s3a://" + BUCKET + "/articles", "--input", hdfsRoot + "/articles", "--out", out.toString(),
        "--conf", REPO.resolve("conf/crossfact.properties").toString(), "--master", "local[2]",
        "--format", "csv,parquet", "--tables", "s3a://" + BUCKET + "/tables",
        "--conf", "spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.DefaultAWSCredentialsProviderChain"));
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(s3aSettings()).entrySet()) {
      cmd.addAll(List.of("--conf", "spark.hadoop.fs.s3a." + e.getKey() + "=" + e.getValue()));
    }
    ChildCheck.runAndExpectSuccess(cmd, Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY),
        work.resolve("check.log"), "check on s3a://");
  }

  /** A NameNode and one DataNode on 127.0.0.1, storing under the test's temp folder. */
  private static void startHdfs() throws Unavailable {
    Configuration conf = new Configuration();
    try {
      hdfs = new MiniDFSCluster.Builder(conf, work.resolve("hdfs").toFile()).numDataNodes(1).build();
      hdfs.waitActive();
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("HDFS (MiniDFSCluster) did not start on 127.0.0.1: " + e);
    }
    hdfsRoot = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
  }

  /**
   * S3Proxy on a free 127.0.0.1 port with a filesystem store under the test's temp folder; the test is skipped, with
   * the reason, only when its jar is missing or it does not start.
   */
  private static String startServer() throws Exception {
    String jarProperty = System.getProperty("crossfact.s3proxyJar", "");
    Path jar = Path.of(jarProperty.isEmpty() ? "target/s3proxy/s3proxy.jar" : jarProperty);
    if (!Files.isRegularFile(jar)) {
      throw new Unavailable("no S3Proxy jar at " + jar + " (maven-dependency-plugin copies it in "
          + "process-test-resources)");
    }
    String lastLog = "";
    for (int attempt = 0; attempt < 3; attempt++) { // another process may take the free port before S3Proxy binds it
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      String url = "http://127.0.0.1:" + port;
      Path blobs = Files.createDirectories(work.resolve("blobs-" + attempt));
      Path conf = work.resolve("s3proxy-" + attempt + ".conf");
      Files.writeString(conf, String.join("\n",
          "s3proxy.endpoint=" + url,
          "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=" + ACCESS_KEY,
          "s3proxy.credential=" + SECRET_KEY,
          "jclouds.provider=filesystem",
          "jclouds.filesystem.basedir=" + blobs, ""), StandardCharsets.UTF_8);
      Path log = work.resolve("s3proxy-" + attempt + ".log");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-DLOG_LEVEL=warn", "-jar", jar.toString(), "--properties", conf.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && System.nanoTime() < deadline) {
        try (Socket probe = new Socket()) {
          probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
          server = p;
          Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly)); // even if the test JVM is stopped
          return url;
        } catch (IOException notYet) {
          Thread.sleep(200);
        }
      }
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      lastLog = ChildCheck.tail(Files.readString(log, StandardCharsets.UTF_8));
    }
    throw new Unavailable("S3Proxy did not start on 127.0.0.1:\n" + lastLog);
  }

  /** A server this test needs cannot start here. */
  private static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String why) {
      super(why);
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return p.getRecords();
    }
  }
}
