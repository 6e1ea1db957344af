package io.crossfact.spark;

import io.crossfact.story.StoryVector;
import java.io.Serializable;

/**
 * One article in one story block, as the candidate stage shuffles it ({@link StoryStage#candidates}): the block key,
 * the article's id and dates, and its features as hashes and weights, two primitive arrays that decode without
 * creating a string, instead of the whole {@link StoryVector} (200 feature strings, keys, years). An article sits
 * in about 15 blocks, so this is most of what the story stage moves.
 */
public class BlockMember implements Serializable {
  private static final long serialVersionUID = 1L;

  private String block = "";
  private String articleId = "";
  private String published = "";
  private String estimated = "";
  private long[] hashes = new long[0];
  private double[] weights = new double[0];

  public BlockMember() {}

  BlockMember(String block, StoryVector v) {
    this.block = block;
    this.articleId = v.getArticleId();
    this.published = v.getPublished();
    this.estimated = v.getEstimated();
    this.hashes = v.featureHashes();
    this.weights = v.featureWeights();
  }

  /** The vector the linker compares: the same scores as the full one's. */
  StoryVector vector() {
    return StoryVector.linkable(articleId, published, estimated, hashes, weights);
  }

  public String getBlock() { return block; }
  public void setBlock(String v) { block = v == null ? "" : v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v == null ? "" : v; }
  public String getPublished() { return published; }
  public void setPublished(String v) { published = v == null ? "" : v; }
  public String getEstimated() { return estimated; }
  public void setEstimated(String v) { estimated = v == null ? "" : v; }
  public long[] getHashes() { return hashes; }
  public void setHashes(long[] v) { hashes = v == null ? new long[0] : v; }
  public double[] getWeights() { return weights; }
  public void setWeights(double[] v) { weights = v == null ? new double[0] : v; }
}
