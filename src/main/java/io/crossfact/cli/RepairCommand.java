package io.crossfact.cli;

import io.crossfact.state.StateLockedException;
import io.crossfact.state.StateRepair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crossfact repair --state DIR [--forget-damaged]}: rebuilds a damaged nightly state's manifest and derived
 * data from its primary data, or refuses with the list of primary files that are missing or damaged. Exit 0 repaired
 * (or nothing to repair), 6 refused (the state is unchanged), 5 a run holds the state, 2 no such state folder.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = "Repair a nightly state folder: rebuild its manifest and carried results from the store and "
        + "findings history; refuse, with the list, when those are missing or damaged.")
public final class RepairCommand implements Callable<Integer> {
  @Option(names = "--state", required = true, paramLabel = "DIR", description = "The nightly state folder.")
  Path state;

  @Option(names = "--forget-damaged",
      description = "Drop the store parts and nights whose files are missing or damaged (moved aside, not deleted): "
          + "their archive files are read again the next night, their findings' first_seen dates are lost.")
  boolean forgetDamaged;

  @Override
  public Integer call() {
    if (!Files.isDirectory(state)) {
      System.err.println("crossfact: --state " + state + " is not a folder; next: name the folder nightly runs use");
      return Main.BAD_ARGUMENTS;
    }
    StateRepair.Result r;
    try {
      r = StateRepair.repair(state, forgetDamaged);
    } catch (StateLockedException e) {
      System.err.println("crossfact: " + e.getMessage() + "; next: wait for it to finish, then rerun repair");
      return Main.LOCKED;
    } catch (IOException e) {
      System.err.println("crossfact: cannot repair " + state + ": " + Failures.firstLine(String.valueOf(e.getMessage()))
          + "; next: check the folder's permissions and free space");
      return Main.UNWRITABLE_OUTPUT;
    }
    for (String line : r.lines) {
      System.err.println("crossfact: repair: " + line.strip());
    }
    return r.refused ? Main.DAMAGED_STATE : Main.OK;
  }
}
