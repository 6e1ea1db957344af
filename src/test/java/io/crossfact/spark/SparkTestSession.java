package io.crossfact.spark;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] SparkSession per test JVM, driven from JUnit 5. spark-testing-base is a JUnit 4 suite base, so we
 * hold one instance and run its lifecycle ourselves (../shared/stack-notes.md); it also gives us its Dataset
 * comparisons ({@code assertDatasetEquals}, {@code assertDataFrameNoOrderEquals}).
 */
final class SparkTestSession {
  private static JavaDataFrameSuiteBase base;

  private SparkTestSession() {}

  static synchronized JavaDataFrameSuiteBase base() {
    if (base == null) {
      System.setProperty("spark.sql.shuffle.partitions", "2");
      System.setProperty("spark.ui.enabled", "false");
      System.setProperty("spark.sql.session.timeZone", "UTC");
      System.setProperty("spark.driver.host", "127.0.0.1");
      System.setProperty("spark.driver.bindAddress", "127.0.0.1");
      base = new JavaDataFrameSuiteBase() {
        @Override
        public boolean enableHiveSupport() {
          return false;
        }
      };
      base.runBefore();
      base.spark().sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(JavaDataFrameSuiteBase::runAfterClass));
    }
    return base;
  }

  static SparkSession spark() {
    return base().spark();
  }
}
