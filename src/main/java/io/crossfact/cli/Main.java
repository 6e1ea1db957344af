package io.crossfact.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crossfact <command>}: the entry point of {@code jobs/crossfact} and of {@code spark-submit --class}.
 *
 * <p>Exit codes (for schedulers): 0 the run completed (also with quarantined inputs); 2 bad arguments or invalid
 * config; 3 no readable input; 4 the output folder is not writable; 5 another nightly run holds the state;
 * 6 the nightly state is damaged (a file of it cannot be read); 8 the run completed and {@code --fail-on} found
 * new findings of that severity or more; 52 out of memory (Spark's own code for it);
 * 1 the run failed. Every failure is one line on stderr with its cause and the next step.
 */
@Command(name = "crossfact", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Batch fact-consistency checker for news archives.",
    subcommands = {
        CheckCommand.class,
        NightlyCommand.class,
        RepairCommand.class,
        EvalQuotesCommand.class,
        EvalFindingsCommand.class,
        EvalRobustnessCommand.class,
        EvalExpertsCommand.class,
        EvalStoriesCommand.class,
        BenchCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_ARGUMENTS = 2;
  public static final int NO_INPUT = 3;
  public static final int UNWRITABLE_OUTPUT = 4;
  public static final int LOCKED = 5;
  public static final int DAMAGED_STATE = 6;
  /** The run completed, wrote everything, and found new findings at the {@code --fail-on} severity or above. */
  public static final int NEW_FINDINGS = 8;
  /** What Spark exits with when a thread runs out of memory (SparkExitCode.OOM); ours too, for the same cause. */
  public static final int OUT_OF_MEMORY = 52;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (e.g. check)");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of main). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler((ex, a) -> {
      System.err.println("crossfact: " + ex.getMessage());
      return BAD_ARGUMENTS;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        Failures.report(ex, outputFolder(commandLine.getCommand())));
    try {
      return cl.execute(args);
    } catch (Throwable t) { // an Error picocli does not handle (OutOfMemoryError, ...)
      return Failures.report(t, null);
    }
  }

  /** Where a command writes: the folder its stack trace goes to on failure. */
  static java.nio.file.Path outputFolder(Object command) {
    if (command instanceof CheckCommand) {
      return ((CheckCommand) command).out;
    }
    if (command instanceof NightlyCommand) {
      return ((NightlyCommand) command).reports;
    }
    return null;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      // The same string run.json records (the Maven-filtered crossfact-version.properties), jar or classes alike.
      return new String[] {"crossfact " + io.crossfact.spark.Versions.crossfact()};
    }
  }
}
