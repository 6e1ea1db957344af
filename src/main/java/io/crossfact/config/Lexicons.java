package io.crossfact.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists from {@code conf/}, loaded once and shared read-only (small enough to broadcast).
 *
 * <p>File formats: {@code #} starts a comment line; blank lines are skipped. {@code aliases.csv}: {@code alias,canonical}.
 * {@code generic-names.txt} and {@code vague-institutions.txt}: one entry a line. {@code metric-synonyms.csv}:
 * {@code phrase,metric key}. {@code roster.csv}: {@code name,role,organisation,valid_from,valid_to} (dates ISO,
 * empty = open).
 */
public final class Lexicons implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One roster line: a person held a role at an organisation between two dates (empty = open). */
  public static final class RosterEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String name;
    public final String role;
    public final String organisation;
    public final String validFrom;
    public final String validTo;

    public RosterEntry(String name, String role, String organisation, String validFrom, String validTo) {
      this.name = name;
      this.role = role;
      this.organisation = organisation;
      this.validFrom = validFrom;
      this.validTo = validTo;
    }

    /** Whether the entry is in force on an ISO date ({@code yyyy-MM-dd}); an empty date matches any entry. */
    public boolean validOn(String isoDate) {
      if (isoDate == null || isoDate.isEmpty()) {
        return true;
      }
      return (validFrom.isEmpty() || validFrom.compareTo(isoDate) <= 0)
          && (validTo.isEmpty() || validTo.compareTo(isoDate) >= 0);
    }
  }

  private final Map<String, String> aliases;
  private final Set<String> genericNames;
  private final List<String> vagueInstitutions;
  private final Map<String, String> metricSynonyms;
  private final List<RosterEntry> roster;
  private final Roster rosterIndex;

  public Lexicons(Map<String, String> aliases, Set<String> genericNames, List<String> vagueInstitutions,
      Map<String, String> metricSynonyms, List<RosterEntry> roster) {
    this(aliases, genericNames, vagueInstitutions, metricSynonyms, roster, false);
  }

  /** {@code bundledRoster}: merge the user's roster on top of the bundled one ({@link Roster#BUNDLED}). */
  public Lexicons(Map<String, String> aliases, Set<String> genericNames, List<String> vagueInstitutions,
      Map<String, String> metricSynonyms, List<RosterEntry> roster, boolean bundledRoster) {
    this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
    this.genericNames = Collections.unmodifiableSet(new LinkedHashSet<>(genericNames));
    this.vagueInstitutions = List.copyOf(vagueInstitutions);
    this.metricSynonyms = Collections.unmodifiableMap(new LinkedHashMap<>(metricSynonyms));
    this.roster = List.copyOf(roster);
    this.rosterIndex = Roster.load(bundledRoster, this.roster);
  }

  public static Lexicons empty() {
    return new Lexicons(Map.of(), Set.of(), List.of(), Map.of(), List.of());
  }

  static Lexicons load(Path dir, String aliases, String generic, String vague, String metrics, String roster,
      boolean bundledRoster) {
    Map<String, String> al = new LinkedHashMap<>();
    for (String[] row : csv(dir, aliases, "lists.aliases", 2)) {
      al.put(key(row[0]), row[1].trim());
    }
    Set<String> gen = new LinkedHashSet<>();
    for (String line : lines(dir, generic, "lists.genericNames")) {
      gen.add(key(line));
    }
    List<String> vg = new ArrayList<>();
    for (String line : lines(dir, vague, "lists.vagueInstitutions")) {
      vg.add(key(line));
    }
    Map<String, String> ms = new LinkedHashMap<>();
    for (String[] row : csv(dir, metrics, "lists.metricSynonyms", 2)) {
      ms.put(key(row[0]), row[1].trim());
    }
    List<RosterEntry> ro = new ArrayList<>();
    for (String[] row : csv(dir, roster, "lists.roster", 5)) {
      ro.add(new RosterEntry(row[0].trim(), row[1].trim(), row[2].trim(), row[3].trim(), row[4].trim()));
    }
    return new Lexicons(al, gen, vg, ms, ro, bundledRoster);
  }

  /** Lower-cased, whitespace-folded lookup key. */
  public static String key(String s) {
    return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<String[]> csv(Path dir, String name, String keyName, int columns) {
    List<String[]> rows = new ArrayList<>();
    int n = 0;
    for (String line : lines(dir, name, keyName)) {
      n++;
      String[] parts = line.split(",", -1);
      if (parts.length < columns) {
        throw new ConfigException(keyName + " file '" + name + "': entry " + n + " '" + line + "' needs "
            + columns + " comma-separated columns");
      }
      if (n == 1 && parts[0].trim().equalsIgnoreCase("alias") || n == 1 && parts[0].trim().equalsIgnoreCase("name")
          || n == 1 && parts[0].trim().equalsIgnoreCase("phrase")) {
        continue; // header row
      }
      rows.add(parts);
    }
    return rows;
  }

  private static List<String> lines(Path dir, String name, String keyName) {
    List<String> out = new ArrayList<>();
    InputStream in = null;
    try {
      if (dir != null && Files.isRegularFile(dir.resolve(name))) {
        in = Files.newInputStream(dir.resolve(name));
      } else if (Path.of(name).isAbsolute() && Files.isRegularFile(Path.of(name))) {
        in = Files.newInputStream(Path.of(name));
      } else {
        in = CrossfactConfig.classpathList(name);
      }
      if (in == null) {
        if (keyName.equals("lists.roster")) {
          return out; // the roster is optional
        }
        throw new ConfigException(keyName + " = '" + name + "': file not found"
            + (dir == null ? "" : " in " + dir) + " nor among the packed defaults");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) {
            out.add(t);
          }
        }
      }
    } catch (IOException e) {
      throw new ConfigException(keyName + " = '" + name + "': cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  /** Canonical name for an alias ({@code bill okoro} -> {@code William Okoro}), or the input unchanged. */
  public String canonicalAlias(String name) {
    String c = aliases.get(key(name));
    return c == null ? name : c;
  }

  public Map<String, String> aliases() { return aliases; }

  /** Lower-cased names (full names or surnames) that generators and fabricators default to. */
  public Set<String> genericNames() { return genericNames; }

  /** Lower-cased institution names or name patterns that identify nothing checkable. */
  public List<String> vagueInstitutions() { return vagueInstitutions; }

  /** Lower-cased phrase to metric key. */
  public Map<String, String> metricSynonyms() { return metricSynonyms; }

  /** The user's own roster entries, as listed in {@code conf/roster.csv}. */
  public List<RosterEntry> roster() { return roster; }

  /** Who held which office when: the bundled roster (when enabled) with the user's entries on top. */
  public Roster rosterIndex() { return rosterIndex; }
}
