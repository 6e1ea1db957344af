package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Assertions take their article's story for comparison; an attached orphan's stay in a story of their own. */
class WithStoriesTest {
  @Test
  void anAttachedArticleIsComparedAsAStoryOfItsOwn() {
    SparkSession spark = SparkTestSession.spark();
    List<Assertion> as = new ArrayList<>();
    for (String id : List.of("linked", "orphan", "unknown")) {
      Assertion a = new Assertion();
      a.setArticleId(id);
      a.setKind(Assertion.FIGURE);
      a.setText("Four people died.");
      as.add(a);
    }
    StructType schema = new StructType().add("articleId", DataTypes.StringType, false)
        .add("story", DataTypes.StringType, false).add("attached", DataTypes.BooleanType, false);
    List<Row> rows = List.of(RowFactory.create("linked", "s1", false), RowFactory.create("orphan", "s1", true));
    Map<String, String> story = new TreeMap<>();
    for (Assertion a : CheckJob.withStories(spark.createDataset(as, Encoders.bean(Assertion.class)),
        spark.createDataFrame(rows, schema)).collectAsList()) {
      story.put(a.getArticleId(), a.getStory());
    }
    assertEquals(Map.of("linked", "s1", "orphan", "orphan", "unknown", ""), story);
  }
}
