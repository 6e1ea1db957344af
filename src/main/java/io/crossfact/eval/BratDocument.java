package io.crossfact.eval;

import io.crossfact.eval.perturb.OffsetMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One brat standoff annotation file: text-bound spans ({@code T} lines, possibly discontinuous {@code 10 20;25 30})
 * and events ({@code E} lines tying an Attribution to its Source, Cue and Content). Lines of other kinds, and
 * continuation lines of a span text that contained a line break, are ignored.
 */
public final class BratDocument {
  /** A text-bound annotation: its type and its character ranges. */
  public static final class Span {
    public final String id;
    public final String type;
    public final List<int[]> ranges;
    public final String text;

    Span(String id, String type, List<int[]> ranges, String text) {
      this.id = id;
      this.type = type;
      this.ranges = List.copyOf(ranges);
      this.text = text;
    }

    public int start() {
      return ranges.get(0)[0];
    }

    /** The same annotation in a perturbed text: each range mapped, the text read from the new text. */
    public Span mapped(OffsetMap m, String newText) {
      List<int[]> moved = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      for (int[] r : ranges) {
        int s = m.start(r[0]);
        int e = Math.max(s, m.end(r[1]));
        moved.add(new int[] {s, e});
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(newText, Math.max(0, Math.min(s, newText.length())), Math.max(0, Math.min(e, newText.length())));
      }
      return new Span(id, type, moved, b.toString());
    }
  }

  /** An attribution event: role name (Source, Cue, Content, Attribution) to span id. */
  public static final class Event {
    public final Map<String, String> roles;

    Event(Map<String, String> roles) {
      this.roles = Map.copyOf(roles);
    }
  }

  private final Map<String, Span> spans;
  private final List<Event> events;

  private BratDocument(Map<String, Span> spans, List<Event> events) {
    this.spans = spans;
    this.events = events;
  }

  public static BratDocument parse(String ann) {
    Map<String, Span> spans = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        continue;
      }
      if (line.startsWith("T") && cols.length >= 3) {
        Span s = span(cols);
        if (s != null) {
          spans.put(s.id, s);
        }
      } else if (line.startsWith("E")) {
        Map<String, String> roles = new HashMap<>();
        for (String part : cols[1].trim().split("\\s+")) {
          int colon = part.indexOf(':');
          if (colon > 0) {
            roles.putIfAbsent(part.substring(0, colon).replaceAll("\\d+$", ""), part.substring(colon + 1));
          }
        }
        events.add(new Event(roles));
      }
    }
    return new BratDocument(spans, events);
  }

  private static Span span(String[] cols) {
    int sp = cols[1].indexOf(' ');
    if (sp < 0) {
      return null;
    }
    String type = cols[1].substring(0, sp);
    List<int[]> ranges = new ArrayList<>();
    for (String r : cols[1].substring(sp + 1).split(";")) {
      String[] se = r.trim().split("\\s+");
      if (se.length != 2) {
        return null;
      }
      try {
        ranges.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return new Span(cols[0], type, ranges, cols[2]);
  }

  public Span span(String id) {
    return id == null ? null : spans.get(id);
  }

  public List<Event> events() {
    return events;
  }

  /** Every span of a type, in text order. */
  public List<Span> spansOfType(String type) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans.values()) {
      if (s.type.equals(type)) {
        out.add(s);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
