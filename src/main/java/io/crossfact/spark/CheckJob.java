package io.crossfact.spark;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Article;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.report.RunSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code crossfact check}: input files to the contract's five output files.
 *
 * <p>Reads as its list of stages: list, ingest, extract, copies, compare, write. Each stage is materialized
 * (persisted and counted) before the next, so the log and run.json time each one.
 */
public final class CheckJob {
  private CheckJob() {}

  public static RunSummary run(SparkSession spark, CheckOptions options, CrossfactConfig config) throws IOException {
    String startedAt = Instant.now().toString();
    StageTimer timer = new StageTimer();
    Broadcast<JavaSerialized<CrossfactConfig>> conf = SparkSessions.broadcast(spark, config);
    int partitions = config.getInt(Key.SPARK_SHUFFLE_PARTITIONS);

    List<InputFile> files = IngestStage.listInputs(spark, options.inputs);
    if (files.isEmpty()) {
      throw new NoInputException("no input files under " + String.join(", ", options.inputs));
    }
    timer.done("list", files.size() + " input files");

    Dataset<Article> ingested = IngestStage.quarantineDuplicateIds(IngestStage.read(spark, files, partitions))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long documents = ingested.count();
    timer.done("ingest", documents + " documents");

    Dataset<Assertion> extracted = ExtractStage.extract(ingested, conf).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Assertion> failures = ExtractStage.failures(extracted);
    Dataset<Article> articles = failures.isEmpty()
        ? ingested
        : ExtractStage.quarantineFailures(ingested, failures).persist(StorageLevel.MEMORY_AND_DISK());
    long extractedRows = extracted.count();
    timer.done("extract", extractedRows + " assertions");

    Dataset<ArticleDigest> unclustered = DigestStage.digests(articles, ExtractStage.assertions(extracted), conf)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Edge> edges = CopyClusterStage.edges(unclustered, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> clusters = CopyClusterStage.clusters(unclustered, edges).persist(StorageLevel.MEMORY_AND_DISK());
    long copies = edges.count();
    long clusterCount = clusters.select("cluster").distinct().count();
    Dataset<ArticleDigest> digests = DigestStage.withClusters(unclustered, clusters)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Assertion> assertions = DigestStage.assertionsWithClusters(ExtractStage.assertions(extracted), clusters)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long assertionCount = assertions.count();
    timer.done("copies", copies + " copy links, " + clusterCount + " independent texts");

    Dataset<Row> markers = articles.filter(functions.col("status").equalTo(Article.OK))
        .select(functions.col("articleId"), functions.col("markers"));
    Dataset<Finding> findings = CompareStage.distinct(
        CompareStage.quotes(assertions, conf)
            .union(CompareStage.figures(assertions, conf))
            .union(CompareStage.roles(assertions, conf))
            .union(CompareStage.republications(digests, conf))
            .union(CompareStage.experts(assertions, markers, conf)));
    List<Finding> sorted = OutputStage.sortedFindings(findings);
    timer.done("compare", sorted.size() + " findings");

    RunSummary summary = OutputStage.write(options, config, articles, assertions, clusters, sorted, timer, startedAt,
        spark.version());
    for (Dataset<?> d : List.of(ingested, extracted, articles, unclustered, edges, clusters, digests, assertions)) {
      d.unpersist();
    }
    return summary;
  }
}
