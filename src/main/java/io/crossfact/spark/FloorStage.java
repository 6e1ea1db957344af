package io.crossfact.spark;

import io.crossfact.ingest.ReadLimits;
import io.crossfact.model.Article;
import io.crossfact.normalize.Sentences;
import io.crossfact.normalize.TextNormalizer;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The benchmark's floor: the least any extraction must do. Files are read and decoded exactly as {@code check}
 * reads them (the same read units, reader and limits as {@link IngestStage}) but not cleaned ({@link
 * ReadLimits#decodeOnly}: blanking boilerplate and inferring metadata are the check's own work), then each text is
 * split into sentences and tokens and the tokens are counted: one plain {@code mapPartitions} that sums per task, one
 * small row per task to the driver, no Dataset of articles.
 */
public final class FloorStage {
  private FloorStage() {}

  /** {documents read (ok or quarantined), tokens of the ok ones}, in one job over the files. */
  public static long[] documentsAndTokens(SparkSession spark, List<InputFile> files, int partitions,
      ReadLimits configured) {
    Broadcast<JavaSerialized<SerializableHadoopConf>> hadoop = IngestStage.hadoopConf(spark);
    List<Tuple2<Long, Long>> perTask = IngestStage.units(spark, files, partitions, hadoop, IngestStage.MIN_RANGE_BYTES)
        .mapPartitions((MapPartitionsFunction<ReadUnit, Tuple2<Long, Long>>) it -> {
          ReadLimits limits = BoundedReads.forThisExecutor(configured).decodeOnly();
          Configuration conf = hadoop.value().get().get();
          long documents = 0;
          long tokens = 0;
          while (it.hasNext()) {
            for (Article a : IngestStage.readUnit(it.next(), conf, limits)) {
              documents++;
              if (a.isOk()) {
                tokens += tokens(a.getText());
              }
            }
          }
          return List.of(new Tuple2<>(documents, tokens)).iterator();
        }, Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
        .collectAsList();
    long[] sum = new long[2];
    for (Tuple2<Long, Long> t : perTask) {
      sum[0] += t._1();
      sum[1] += t._2();
    }
    return sum;
  }

  /** Tokens of one text: sentence split, then the words of each sentence. */
  static long tokens(String t) {
    long n = 0;
    for (int[] s : Sentences.spans(t)) {
      n += TextNormalizer.words(t.substring(s[0], s[1])).size();
    }
    return n;
  }
}
