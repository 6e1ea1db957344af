package io.crossfact.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The people of one article and where each is mentioned, queried "as of" an offset: a lone surname resolves to the
 * full name introduced before it, never to one introduced later, so resolution reads the article front to back as
 * a reader does.
 */
public final class People {
  /** One mention of a person, outside or inside a quote; {@code subject} when it opens its clause. */
  static final class Mention {
    final int offset;
    final Person person;
    final boolean subject;
    /** A main clause's subject: where the reader's focus goes, unlike "that Trump planned" or "reaction to Trump". */
    final boolean focus;
    /** The name opens its sentence or clause ("Kaine did not see the point."). */
    final boolean leads;
    final boolean quoted;
    boolean spoke;

    Mention(int offset, Person person, boolean subject, boolean focus, boolean leads, boolean quoted) {
      this.offset = offset;
      this.person = person;
      this.subject = subject;
      this.focus = focus;
      this.leads = leads;
      this.quoted = quoted;
    }
  }

  /**
   * A quote's speaker this close before a pronoun wins over clause subjects ("...," Holt said. "...," she added).
   * Measured on PolNeAR-train (200/300/380/450/500/600): 380-450 best on the derived and the hand-checked reference.
   */
  private static final int SPEAKER_WINDOW = 450;
  /** How close a mere mention must be to beat a clause subject further back (PolNeAR-train, 400-100000: 900 best). */
  private static final int NEAR = 900;
  private final Predicate<String> commonWord;
  private final List<Person> persons = new ArrayList<>();
  /**
   * Mentions in text order, ties in the order they were registered (key: offset, then a sequence number). A tree,
   * not a list: speakers are registered at their quotes after all names are (an insertion in the middle), and every
   * query starts at its offset instead of scanning from either end, so extraction stays linear in the text.
   */
  private final java.util.TreeMap<Long, Mention> mentions = new java.util.TreeMap<>();
  private int sequence;
  /** Each person's mention offsets, named and spoke apart (each arrives in text order): counts are binary searches. */
  private final java.util.Map<Person, List<List<Integer>>> offsetsOf = new java.util.IdentityHashMap<>();

  /** People of a text whose ordinary words are unknown: every strong lone word may be a person. */
  People() {
    this(w -> false);
  }

  /** People of a text; a lone word the text also uses as an ordinary word ("People", "Citing") is never one. */
  People(Predicate<String> commonWord) {
    this.commonWord = commonWord;
  }

  /** Everyone named, in order of introduction. */
  public List<Person> persons() {
    return Collections.unmodifiableList(persons);
  }

  /**
   * Registers a mention (words already stripped of titles) and returns the person it is. Mentions must come in text
   * order.
   */
  Person mention(List<String> nameWords, Gender gender, int offset, boolean strong, boolean subject, boolean quoted) {
    return mention(nameWords, gender, offset, strong, subject, subject, false, quoted);
  }

  /**
   * As above, with {@code focus} apart from {@code subject} (a subordinate clause's subject is no focus) and
   * {@code leads} when the name opens its sentence or clause.
   */
  Person mention(List<String> nameWords, Gender gender, int offset, boolean strong, boolean subject, boolean focus,
      boolean leads, boolean quoted) {
    Person p = find(nameWords, offset);
    if (p == null) {
      if (nameWords.size() == 1 && (!strong || commonWord.test(nameWords.get(0)))) {
        return null; // a lone capitalised word is no person until something says so, and an ordinary word never
      }
      int lead = 0;
      while (lead < nameWords.size() && ordinaryLead(nameWords.get(lead))) {
        lead++; // "Reporter Jomana Karadsheh", "Debating Clinton", "Child Left Behind": capitals on ordinary words
      }
      if (lead > 0) {
        return lead >= nameWords.size() ? null
            : mention(nameWords.subList(lead, nameWords.size()), gender, offset, strong, subject, focus, leads, quoted);
      }
      p = new Person(String.join(" ", nameWords), gender, offset, strong);
      persons.add(p);
    } else {
      p.learnGender(gender);
      if (strong) {
        p.markStrong();
      }
    }
    addMention(new Mention(offset, p, subject, focus, leads, quoted));
    return p;
  }

  /** A capitalised word opening a name that is an ordinary word of the text, not a given name or a particle. */
  private boolean ordinaryLead(String word) {
    return Character.isUpperCase(word.charAt(0)) && !Genders.isKnownFirstName(word)
        && !NameCanonicalizer.PARTICLES.contains(word.toLowerCase(Locale.ROOT)) && commonWord.test(word);
  }

  /** Records that a person spoke at an offset: the strongest antecedent a later pronoun can have. */
  void spoke(Person p, int offset) {
    Mention m = new Mention(offset, p, true, true, false, false);
    m.spoke = true;
    addMention(m);
  }

  private void addMention(Mention m) {
    mentions.put(((long) m.offset << 32) | sequence++, m);
    List<List<Integer>> lists = offsetsOf.computeIfAbsent(m.person, k -> List.of(new ArrayList<>(),
        new ArrayList<>()));
    List<Integer> offsets = lists.get(m.spoke ? 1 : 0);
    int j = countBelow(offsets, m.offset + 1);
    if (j == offsets.size()) {
      offsets.add(m.offset); // the usual case: text order
    } else {
      offsets.add(j, m.offset);
    }
  }

  /** Mentions before an offset, latest first (ties: the later registered first). */
  private Iterable<Mention> before(int offset) {
    return mentions.headMap((long) offset << 32, false).descendingMap().values();
  }

  /** How many of the sorted offsets are below {@code offset}. */
  private static int countBelow(List<Integer> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The person a name (titles stripped) refers to as of an offset, or null. */
  Person find(List<String> nameWords, int offset) {
    if (nameWords.isEmpty()) {
      return null;
    }
    String last = NameCanonicalizer.surnameKey(String.join(" ", nameWords));
    String first = nameWords.size() > 1 ? nameWords.get(0).toLowerCase(Locale.ROOT) : "";
    Person byFirstName = null;
    boolean ambiguousFirstName = false;
    Person bySurname = null;
    for (int i = persons.size() - 1; i >= 0; i--) {
      Person p = persons.get(i);
      if (p.introducedAt() > offset) {
        continue;
      }
      if (p.surnameKey().equals(last) && (first.isEmpty() || p.isFullName() && sameFirst(p.firstKey(), first))) {
        if (!first.isEmpty()) {
          return p;
        }
        // "Trump" after Donald and Ivanka Trump: the one the article has mentioned most (ties: the first)
        if (bySurname == null || mentionsBefore(p, offset) >= mentionsBefore(bySurname, offset)) {
          bySurname = p;
        }
        continue;
      }
      if (first.isEmpty() && p.isFullName() && p.firstKey().equals(last) && Genders.isKnownFirstName(last)) {
        ambiguousFirstName |= byFirstName != null && byFirstName != p;
        byFirstName = p;
      }
    }
    if (bySurname != null) {
      return bySurname;
    }
    // "Bernie" alone means the one Bernie the article introduced, if there is exactly one
    return ambiguousFirstName ? null : byFirstName;
  }

  private int mentionsBefore(Person p, int offset) {
    List<List<Integer>> lists = offsetsOf.get(p);
    return lists == null ? 0 : countBelow(lists.get(0), offset) + countBelow(lists.get(1), offset);
  }

  private static boolean sameFirst(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    // "J." matches "John"; "Bill" and "William" are the alias list's job
    String x = a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
    String y = b.endsWith(".") ? b.substring(0, b.length() - 1) : b;
    return x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
  }

  /**
   * The person a pronoun most likely means at an offset: a gender-compatible person who spoke just before it, unless
   * the focus moved since — someone newly introduced as a main clause's subject, or a sentence-opening subject in the
   * last clause before the pronoun ("Kaine did not see the point. “…,” he said."); else the latest compatible main
   * clause subject, unless that is far back and someone compatible was mentioned near the pronoun (then that nearer
   * mention). Mentions inside quotes are skipped: people a speaker talks about are rarely the one talking.
   */
  Person antecedent(Gender pronoun, int offset, int floor) {
    boolean latest = true;
    for (Mention m : before(offset)) {
      if (m.offset < offset - SPEAKER_WINDOW) {
        break;
      }
      if (m.spoke && m.person.gender().compatibleWith(pronoun)) {
        return m.person;
      }
      boolean compatibleFocus = m.focus && !m.quoted && m.person.gender().compatibleWith(pronoun);
      if (compatibleFocus && m.person.isFullName() && m.person.introducedAt() == m.offset) {
        break; // someone new was just introduced as a clause subject after the last speaker: the focus moved
      }
      if (compatibleFocus && latest && m.leads && (m.person.isStrong() || m.person.isFullName())) {
        break; // "Kaine did not see the point. “…,” he said.": the last clause before the pronoun is about someone
      }
      latest &= m.quoted || !m.focus;
    }
    Mention nearest = null;
    for (Mention m : before(offset)) {
      if (m.offset < floor) {
        break;
      }
      if (m.quoted || !m.person.isStrong() && !m.person.isFullName() || !m.person.gender().compatibleWith(pronoun)) {
        continue;
      }
      if (m.focus) {
        boolean nearerMention = nearest != null && nearest.offset >= offset - NEAR && m.offset < offset - NEAR;
        return nearerMention ? nearest.person : m.person;
      }
      if (nearest == null) {
        nearest = m;
      }
    }
    return nearest == null ? null : nearest.person;
  }

  /** The latest person introduced before an offset whose roles fit a description ({@code oregon senator}). */
  Person described(List<String> descriptionWords, int offset) {
    for (Mention m : before(offset)) {
      if (m.person.fits(descriptionWords)) {
        return m.person;
      }
    }
    return null;
  }

  /** Whether a lower-cased word is the surname of someone already named ("senator holt"). */
  boolean knowsSurname(String lower) {
    for (Person p : persons) {
      if (p.surnameKey().equals(lower)) {
        return true;
      }
    }
    return false;
  }

  /** The last person opening a clause outside quotes in [from, to), or null. */
  Person lastSubject(int from, int to) {
    for (Mention m : before(to)) {
      if (m.offset < from) {
        return null;
      }
      if (m.subject && !m.quoted && (m.person.isStrong() || m.person.isFullName())) {
        return m.person;
      }
    }
    return null;
  }
}
