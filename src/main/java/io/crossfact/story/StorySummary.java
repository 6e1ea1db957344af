package io.crossfact.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One row of stories.csv: a story, its reports, their first and last publication dates and a label. */
public class StorySummary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Labels name at most this many names and terms. */
  public static final int LABEL_TERMS = 6;

  private String story = "";
  private int articles;
  /** Article ids, sorted, separated by spaces. */
  private String articleIds = "";
  private String first = "";
  private String last = "";
  private String label = "";

  public StorySummary() {}

  /** The summary of one story from its members' vectors. */
  public static StorySummary of(String story, List<StoryVector> members) {
    StorySummary s = new StorySummary();
    s.story = story;
    s.articles = members.size();
    List<String> ids = new ArrayList<>();
    String first = "";
    String last = "";
    for (StoryVector v : members) {
      ids.add(v.getArticleId());
      String d = v.getPublished();
      if (!d.isEmpty()) {
        first = first.isEmpty() || d.compareTo(first) < 0 ? d : first;
        last = last.isEmpty() || d.compareTo(last) > 0 ? d : last;
      }
    }
    ids.sort(null);
    s.articleIds = String.join(" ", ids);
    s.first = first;
    s.last = last;
    s.label = Stories.label(Stories.weights(members), LABEL_TERMS);
    return s;
  }

  public String getStory() { return story; }
  public void setStory(String v) { story = v == null ? "" : v; }
  public int getArticles() { return articles; }
  public void setArticles(int v) { articles = v; }
  public String getArticleIds() { return articleIds; }
  public void setArticleIds(String v) { articleIds = v == null ? "" : v; }
  public String getFirst() { return first; }
  public void setFirst(String v) { first = v == null ? "" : v; }
  public String getLast() { return last; }
  public void setLast(String v) { last = v == null ? "" : v; }
  public String getLabel() { return label; }
  public void setLabel(String v) { label = v == null ? "" : v; }
}
