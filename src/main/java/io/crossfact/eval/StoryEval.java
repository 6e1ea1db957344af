package io.crossfact.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import io.crossfact.story.StoryGrouper;
import io.crossfact.story.StoryProfile;
import io.crossfact.story.StoryProfiler;
import io.crossfact.story.StorySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Story grouping against gold clusters: reads a JSON-lines file whose records carry a {@code cluster} label, groups
 * the articles with the story grouper (which sees only what {@code crossfact check} reads: id, source, date, title,
 * text) and scores B-cubed against the labels; the TF-IDF average-linkage baseline is scored beside it.
 */
public final class StoryEval {
  private StoryEval() {}

  /** What one evaluation measured. */
  public static final class Report {
    public final int articles;
    public final int goldClusters;
    public final int stories;
    public final BCubed ours;
    public final BCubed baselineTuned;
    public final double oracleThreshold;
    public final BCubed baselineOracle;
    public final double seconds;
    /** articleId to story id, as grouped. */
    public final Map<String, String> assignment;
    /** articleId to gold cluster. */
    public final Map<String, String> gold;

    Report(int articles, int goldClusters, int stories, BCubed ours, BCubed baselineTuned, double oracleThreshold,
        BCubed baselineOracle, double seconds, Map<String, String> assignment, Map<String, String> gold) {
      this.articles = articles;
      this.goldClusters = goldClusters;
      this.stories = stories;
      this.ours = ours;
      this.baselineTuned = baselineTuned;
      this.oracleThreshold = oracleThreshold;
      this.baselineOracle = baselineOracle;
      this.seconds = seconds;
      this.assignment = assignment;
      this.gold = gold;
    }

    /**
     * Where the B-cubed errors come from: each story holding reports of several gold clusters (a merge) and each
     * gold cluster spread over several stories (a split), with the article counts, largest first.
     */
    public String errors() {
      Map<String, Map<String, Integer>> byStory = new TreeMap<>();
      Map<String, Map<String, Integer>> byGold = new TreeMap<>();
      assignment.forEach((id, story) -> {
        String g = gold.get(id);
        byStory.computeIfAbsent(story, x -> new TreeMap<>()).merge(g, 1, Integer::sum);
        byGold.computeIfAbsent(g, x -> new TreeMap<>()).merge(story, 1, Integer::sum);
      });
      StringBuilder b = new StringBuilder();
      byStory.forEach((story, gs) -> {
        if (gs.size() > 1) {
          b.append("merge  story ").append(story).append(": ").append(counts(gs)).append('\n');
        }
      });
      byGold.forEach((g, ss) -> {
        if (ss.size() > 1) {
          b.append("split  cluster ").append(g).append(": ").append(counts(ss)).append('\n');
        }
      });
      return b.toString();
    }

    private static String counts(Map<String, Integer> m) {
      List<Map.Entry<String, Integer>> e = new ArrayList<>(m.entrySet());
      e.sort((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue()
          : x.getKey().compareTo(y.getKey()));
      List<String> out = new ArrayList<>();
      e.forEach(x -> out.add(x.getKey() + " x" + x.getValue()));
      return String.join(", ", out);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "articles %d, gold clusters %d, stories %d%n", articles, goldClusters, stories)
          + String.format(Locale.ROOT, "story grouper                                  %s  (%.2f s)%n", ours, seconds)
          + String.format(Locale.ROOT, "baseline TF-IDF + average linkage, t=%.2f (ECB+) %s%n",
              TfIdfAverageLinkage.ECB_TUNED_THRESHOLD, baselineTuned)
          + String.format(Locale.ROOT, "baseline, best threshold on this input t=%.2f    %s", oracleThreshold,
              baselineOracle);
    }
  }

  /** Evaluates the grouper on one labeled JSON-lines file. */
  public static Report evaluate(Path jsonl, StorySettings settings) throws IOException {
    byte[] bytes = Files.readAllBytes(jsonl);
    Map<String, String> gold = gold(bytes);
    List<Article> articles = new ArrayList<>();
    for (Article a : DocumentReader.read(jsonl.toString(), bytes)) {
      if (a.isOk() && gold.containsKey(a.getArticleId())) {
        articles.add(a);
      }
    }
    long t0 = System.nanoTime();
    List<StoryProfile> profiles = new ArrayList<>();
    for (Article a : articles) {
      profiles.add(profile(a));
    }
    Map<String, String> stories = new StoryGrouper(settings).group(profiles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    BCubed ours = BCubed.score(stories, gold);

    List<String> texts = new ArrayList<>();
    for (Article a : articles) {
      texts.add(a.getTitle() + "\n" + body(a));
    }
    double[][] sim = TfIdfAverageLinkage.similarities(texts);
    BCubed tuned = BCubed.score(labels(articles, TfIdfAverageLinkage.cluster(sim,
        TfIdfAverageLinkage.ECB_TUNED_THRESHOLD)), gold);
    BCubed best = null;
    double bestT = 0;
    for (int i = 2; i <= 60; i++) {
      double t = i / 100.0;
      BCubed b = BCubed.score(labels(articles, TfIdfAverageLinkage.cluster(sim, t)), gold);
      if (best == null || b.f1 > best.f1) {
        best = b;
        bestT = t;
      }
    }
    return new Report(articles.size(), (int) gold.values().stream().distinct().count(),
        (int) stories.values().stream().distinct().count(), ours, tuned, bestT, best, seconds, new TreeMap<>(stories), gold);
  }

  /** The profile {@code crossfact check} computes for an article. */
  public static StoryProfile profile(Article a) {
    return StoryProfiler.profile(a.getArticleId(), a.getPublished(), a.getTitle(), body(a));
  }

  private static String body(Article a) {
    return a.getBody().isBlank() ? a.getText() : a.getBody();
  }

  private static Map<String, String> labels(List<Article> articles, int[] cluster) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      out.put(articles.get(i).getArticleId(), Integer.toString(cluster[i]));
    }
    return out;
  }

  /** id to {@code cluster} of every record that has both. */
  static Map<String, String> gold(byte[] bytes) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> out = new TreeMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      JsonNode id = n.get("id");
      JsonNode cluster = n.get("cluster");
      if (id != null && !id.isNull() && cluster != null && !cluster.isNull()) {
        out.put(id.asText(), cluster.asText());
      }
    }
    return out;
  }
}
