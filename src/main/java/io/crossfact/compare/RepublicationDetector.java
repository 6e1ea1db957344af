package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.ArticleDigest;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds old stories presented as new.
 *
 * <p>Across a copy cluster (or LSH candidate group): a member published at least
 * {@code republication.minAgeDays} after the earliest dated member it is a near-copy of
 * ({@code copies.minSimilarity} on MinHash signatures) is a {@code stale_republication}; side a is the later copy,
 * side b the original. Alone: an article whose latest explicit event date lies that long before its own date is a
 * low, single-sided finding, because a feature piece may legitimately look back; it is reported only for an article
 * without a copy-based finding in the same group.
 *
 * <p>Undated members never produce findings and never serve as the original: without a date there is no age.
 */
public final class RepublicationDetector implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String EVENT_DATE_KEY = "event-date";
  private static final Comparator<ArticleDigest> CHRONOLOGICAL = Comparator.comparing(ArticleDigest::getPublished)
      .thenComparing(ArticleDigest::getArticleId);

  private final CrossfactConfig config;
  private final long minAge;
  private final double minSimilarity;

  /**
   * Whether the single-article clue (old explicit dates in a new article) is reported. Off by default: on 840 real
   * political articles all seven such findings were retrospectives (Benghazi 2012 recalled in 2016), not reprints.
   */
  private final boolean textDates;

  public RepublicationDetector(CrossfactConfig c) {
    this.config = c;
    this.minAge = c.getInt(Key.REPUBLICATION_MIN_AGE_DAYS);
    this.minSimilarity = c.getDouble(Key.COPIES_MIN_SIMILARITY);
    this.textDates = c.getInt(Key.REPUBLICATION_REPORT_TEXT_DATES) == 1;
  }

  /** Findings for one group of articles, de-duplicated by id, sorted (score, then id); input order does not matter. */
  public List<Finding> compare(List<ArticleDigest> members) {
    List<ArticleDigest> dated = new ArrayList<>();
    for (ArticleDigest d : members) {
      if (Findings.date(d.getPublished()) != null) {
        dated.add(d);
      }
    }
    dated.sort(CHRONOLOGICAL);
    List<Finding> out = new ArrayList<>();
    Set<String> flagged = new TreeSet<>();
    for (int i = 0; i < dated.size(); i++) {
      ArticleDigest later = dated.get(i);
      for (int j = 0; j < i; j++) {
        ArticleDigest original = dated.get(j);
        if (original.getArticleId().equals(later.getArticleId())) {
          continue;
        }
        double sim = MinHasher.similarity(later.getSignature(), original.getSignature());
        if (sim < minSimilarity) {
          continue;
        }
        long age = Findings.daysBetween(original.getPublished(), later.getPublished());
        if (age >= minAge) {
          out.add(copyFinding(later, original, age, sim));
          flagged.add(later.getArticleId());
        }
        break; // the earliest similar member is the original; later ones are reprints of it
      }
    }
    for (ArticleDigest d : dated) {
      if (!flagged.contains(d.getArticleId())) {
        Finding f = evidenceFinding(d, members);
        if (f != null) {
          out.add(f);
          flagged.add(d.getArticleId());
        }
      }
    }
    for (ArticleDigest d : dated) {
      if (!flagged.contains(d.getArticleId())) {
        Finding f = textDates ? eventDateFinding(d) : null;
        if (f != null) {
          out.add(f);
        }
      }
    }
    return Findings.dedupeAndSort(out);
  }

  private Finding copyFinding(ArticleDigest later, ArticleDigest original, long age, double sim) {
    double ageFactor = Math.min(1, (age / (double) minAge - 1) / 3.0);
    double simFactor = minSimilarity >= 1 ? 1 : (sim - minSimilarity) / (1 - minSimilarity);
    double score = 0.45 + 0.3 * ageFactor + 0.2 * simFactor;
    Finding f = new Finding();
    f.setType(Finding.STALE_REPUBLICATION);
    f.setSubject(original.getArticleId());
    f.setKey(original.getArticleId());
    f.setId(Finding.stableId(Finding.STALE_REPUBLICATION, original.getArticleId(), later.getArticleId(),
        original.getArticleId()));
    side(f, true, later);
    side(f, false, original);
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(String.format(Locale.ROOT, "age-days=%d;similarity=%s", age, Findings.fmt(sim)));
    f.setExplanation(String.format(Locale.ROOT,
        "The later article (%s) is a %d%% copy of one published %d days earlier (%s)%s. Check whether it presents "
            + "old news as new.",
        Findings.where(later.getPublished(), later.getSource()), Math.round(sim * 100), age,
        Findings.where(original.getPublished(), original.getSource()),
        later.getTitle().isEmpty() ? "" : ": '" + Findings.clip(later.getTitle(), 80) + "'"));
    return f;
  }

  /** A dated caption or dateline, or a stated title, may date the text this many days after it, no more. */
  static final int EVIDENCE_SLACK_DAYS = 31;

  /**
   * A dated member whose text its copy cluster dates much earlier: a dated photo caption or dateline in any member, or
   * a title a member states as current that the roster says had ended. Not when any member states an explicit date
   * later than the evidence (the text was written after it: a retrospective recalling an old date) or says it looks
   * back ("years ago", "anniversary"); the evidence furthest back wins, ties by kind and article.
   */
  private Finding evidenceFinding(ArticleDigest later, List<ArticleDigest> members) {
    String latestExplicit = "";
    for (ArticleDigest m : members) {
      if (m.isLooksBack()) {
        return null;
      }
      if (m.getLatestExplicitDate().compareTo(latestExplicit) > 0) {
        latestExplicit = m.getLatestExplicitDate();
      }
    }
    DateEvidence.Item best = null;
    ArticleDigest carrier = null;
    for (ArticleDigest m : members) {
      if (!m.getArticleId().equals(later.getArticleId())
          && MinHasher.similarity(later.getSignature(), m.getSignature()) < minSimilarity) {
        continue; // only copies of this text vouch for its date
      }
      for (DateEvidence.Item e : DateEvidence.parse(m.getDateEvidence())) {
        String day = e.date.length() == 7 ? e.date + "-28" : e.date;
        Long age = Findings.daysBetween(day, later.getPublished());
        Long after = latestExplicit.isEmpty() ? null
            : Findings.daysBetween(day, latestExplicit.length() == 7 ? latestExplicit + "-01" : latestExplicit);
        if (age == null || age < minAge || after != null && after > EVIDENCE_SLACK_DAYS) {
          continue;
        }
        if (best == null || e.date.compareTo(best.date) < 0 || e.date.equals(best.date)
            && (e.kind + m.getArticleId()).compareTo(best.kind + carrier.getArticleId()) < 0) {
          best = e;
          carrier = m;
        }
      }
    }
    if (best == null) {
      return null;
    }
    String day = best.date.length() == 7 ? best.date + "-28" : best.date;
    long age = Findings.daysBetween(day, later.getPublished());
    double ageFactor = Math.min(1, (age / (double) minAge - 1) / 3.0);
    boolean elsewhere = !carrier.getArticleId().equals(later.getArticleId());
    double score = 0.5 + 0.3 * ageFactor + (best.kind.equals(DateEvidence.ROLE) ? 0 : 0.1);
    Finding f = new Finding();
    f.setType(Finding.STALE_REPUBLICATION);
    f.setSubject(carrier.getArticleId());
    f.setKey(EVIDENCE_KEY);
    f.setId(Finding.stableId(Finding.STALE_REPUBLICATION, EVIDENCE_KEY, later.getArticleId()));
    side(f, true, later);
    side(f, false, carrier);
    f.setValueB(best.date + " (" + best.kind + ")");
    f.setEvidenceB(best.detail);
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(String.format(Locale.ROOT, "evidence=%s;evidence-date=%s;age-days=%d%s", best.kind, best.date, age,
        elsewhere ? ";in-copy=1" : ""));
    f.setExplanation(String.format(Locale.ROOT,
        "The article is dated %s, but %s %s: '%s'. The text is %d days older than its date%s. Check whether it "
            + "presents old news as new.",
        Findings.where(later.getPublished(), later.getSource()), elsewhere ? "a copy of it ("
            + (carrier.getPublished().isEmpty() ? "undated" : carrier.getPublished()) + ", "
            + (carrier.getSource().isEmpty() ? carrier.getArticleId() : carrier.getSource()) + ") carries" : "it carries",
        best.words(), Findings.clip(best.detail, 160), age,
        latestExplicit.isEmpty() ? "" : "; no copy states a date after " + latestExplicit));
    return f;
  }

  static final String EVIDENCE_KEY = "text-evidence";

  private Finding eventDateFinding(ArticleDigest d) {
    Long age = Findings.daysBetween(d.getLatestEventDate(), d.getPublished());
    if (age == null || age < minAge) {
      return null;
    }
    double score = 0.3 + 0.15 * Math.min(1, (age / (double) minAge - 1) / 3.0);
    Finding f = new Finding();
    f.setType(Finding.STALE_REPUBLICATION);
    f.setSubject(d.getArticleId());
    f.setKey(EVENT_DATE_KEY);
    f.setId(Finding.stableId(Finding.STALE_REPUBLICATION, EVENT_DATE_KEY, d.getArticleId()));
    side(f, true, d);
    f.setValueA(d.getPublished() + " (latest event " + d.getLatestEventDate() + ")");
    if (!d.getLatestEventText().isEmpty()) {
      f.setEvidenceA(d.getLatestEventText());
    }
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(String.format(Locale.ROOT, "event-age-days=%d", age));
    f.setExplanation(String.format(Locale.ROOT,
        "The article is dated %s but the latest date it mentions is %s, %d days earlier; no earlier copy was found. "
            + "Check whether it is an old story republished.",
        d.getPublished(), d.getLatestEventDate(), age));
    return f;
  }

  private static void side(Finding f, boolean a, ArticleDigest d) {
    String evidence = d.getTitle().isEmpty() ? d.getLead()
        : d.getLead().isEmpty() ? d.getTitle() : d.getTitle() + " — " + d.getLead();
    if (a) {
      f.setValueA(d.getPublished());
      f.setArticleA(d.getArticleId());
      f.setSourceA(d.getSource());
      f.setPublishedA(d.getPublished());
      f.setEvidenceA(evidence);
      f.setUrlA(d.getUrl());
    } else {
      f.setValueB(d.getPublished());
      f.setArticleB(d.getArticleId());
      f.setSourceB(d.getSource());
      f.setPublishedB(d.getPublished());
      f.setEvidenceB(evidence);
      f.setUrlB(d.getUrl());
    }
  }

  /**
   * The latest explicit event date among one article's date assertions (not its own publication date), or null.
   * Ties keep the earliest mention, so the evidence sentence is stable.
   */
  public static Assertion latestEventDate(List<Assertion> articleAssertions) {
    Assertion best = null;
    for (Assertion a : articleAssertions) {
      if (!Assertion.DATE.equals(a.getKind()) || "published".equals(a.getPredicate())
          || Findings.date(a.getValue()) == null) {
        continue;
      }
      if (best == null || a.getValue().compareTo(best.getValue()) > 0
          || a.getValue().equals(best.getValue()) && a.getStart() < best.getStart()) {
        best = a;
      }
    }
    return best;
  }
}
