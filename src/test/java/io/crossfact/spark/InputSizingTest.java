package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings chosen by input size (no Spark needed: the choice is a pure function of bytes and the config). */
class InputSizingTest {
  private static final long MB = 1024L * 1024;

  @Test
  void aFewKilobytesRunOnOnePartitionWithoutAdaptiveExecutionOrCodeGeneration() {
    Map<String, String> s = InputSizing.choose(84 * 1024, 8);
    assertEquals("1", s.get(InputSizing.SHUFFLE_PARTITIONS));
    assertEquals("false", s.get(InputSizing.ADAPTIVE));
    assertEquals("false", s.get(InputSizing.WHOLE_STAGE));
    assertEquals("NO_CODEGEN", s.get(InputSizing.FACTORY_MODE));
    assertEquals("simple", s.get(InputSizing.EXPLAIN_MODE));
  }

  @Test
  void aLargeInputKeepsSparksDefaultsButThePlanText() {
    Map<String, String> s = InputSizing.choose(2000 * MB, 8);
    assertEquals("8", s.get(InputSizing.SHUFFLE_PARTITIONS), "the configured spark.shufflePartitions");
    assertFalse(s.containsKey(InputSizing.ADAPTIVE));
    assertFalse(s.containsKey(InputSizing.WHOLE_STAGE));
    assertFalse(s.containsKey(InputSizing.FACTORY_MODE));
    assertEquals("simple", s.get(InputSizing.EXPLAIN_MODE));
  }

  @Test
  void theThresholdIsInclusiveAndOneByteMoreIsLarge() {
    assertEquals("false", InputSizing.choose(InputSizing.SMALL_INPUT_BYTES, 8).get(InputSizing.ADAPTIVE));
    assertFalse(InputSizing.choose(InputSizing.SMALL_INPUT_BYTES + 1, 8).containsKey(InputSizing.ADAPTIVE));
  }

  @Test
  void partitionsGrowWithTheBytesUpToTheConfiguredNumber() {
    assertEquals(1, InputSizing.partitions(0, 8), "an empty input still has one partition");
    assertEquals(1, InputSizing.partitions(InputSizing.BYTES_PER_PARTITION, 8));
    assertEquals(2, InputSizing.partitions(InputSizing.BYTES_PER_PARTITION + 1, 8));
    assertEquals(8, InputSizing.partitions(100 * InputSizing.BYTES_PER_PARTITION, 8));
    assertEquals(3, InputSizing.partitions(100 * InputSizing.BYTES_PER_PARTITION, 3));
  }
}
