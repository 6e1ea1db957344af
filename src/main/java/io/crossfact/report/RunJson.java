package io.crossfact.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes and reads run.json.
 *
 * <p>Pretty-printed with two-space indents and {@code \n} line ends whatever the platform (Jackson's default
 * printer uses the system line separator), fields in the order {@link RunSummary} declares, and doubles rounded to
 * three decimals, so two runs with equal counts differ only in their timestamps and timings.
 */
public final class RunJson {
  private RunJson() {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("crossfact-run").addSerializer(Double.class, new ThreeDecimals()))
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
      .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, true);

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    WRITER = MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
  }

  /** Writes the summary followed by a newline; flushes but does not close {@code w}. */
  public static void write(Writer w, RunSummary run) throws IOException {
    WRITER.writeValue(w, run);
    w.write('\n');
    w.flush();
  }

  /** Reads a run.json (for comparing with a previous run); unknown fields from newer versions are ignored. */
  public static RunSummary read(Reader r) throws IOException {
    return MAPPER.readValue(r, RunSummary.class);
  }

  /** Seconds are measured to the nanosecond; milliseconds are all a reader of run.json can use. */
  private static final class ThreeDecimals extends JsonSerializer<Double> {
    @Override
    public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
      if (v.isNaN() || v.isInfinite()) {
        g.writeNull();
      } else {
        g.writeNumber(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP));
      }
    }
  }
}
