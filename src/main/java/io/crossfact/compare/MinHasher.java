package io.crossfact.compare;

import io.crossfact.normalize.TextNormalizer;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * MinHash signatures over word shingles, with LSH band keys for blocking.
 *
 * <p>Every hash is computed here from the UTF-8 bytes (FNV-1a 64 then a SplitMix64 finaliser per seed), never from
 * {@link String#hashCode()} or an identity hash, so a signature is identical on every JVM and every executor: band
 * keys written by one run can be joined against another's.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fixed so signatures stay comparable across runs; changing it invalidates stored signatures. */
  private static final long SEED_ORIGIN = 0x5DEECE66DL ^ 0x9E3779B97F4A7C15L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int numHashes;
  private final int bands;
  private final int rows;
  private final int shingleWords;
  private final long[] seeds;

  /**
   * @param numHashes signature length; must be a positive multiple of {@code bands}
   * @param bands LSH bands; more bands find less similar pairs
   * @param shingleWords words per shingle
   */
  public MinHasher(int numHashes, int bands, int shingleWords) {
    if (numHashes < 1 || bands < 1 || shingleWords < 1 || numHashes % bands != 0) {
      throw new IllegalArgumentException("MinHasher needs numHashes a positive multiple of bands and shingleWords >= 1,"
          + " got numHashes=" + numHashes + " bands=" + bands + " shingleWords=" + shingleWords);
    }
    this.numHashes = numHashes;
    this.bands = bands;
    this.rows = numHashes / bands;
    this.shingleWords = shingleWords;
    this.seeds = new long[numHashes];
    long s = SEED_ORIGIN;
    for (int i = 0; i < numHashes; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
  }

  public int numHashes() { return numHashes; }

  public int bands() { return bands; }

  /**
   * The signature of a text's word shingles. A text with no words gets a signature of {@link Long#MAX_VALUE}
   * everywhere, which {@link #similarity} never counts as a match.
   */
  public long[] signature(String text) {
    return signature(TextNormalizer.words(text));
  }

  /** The signature of a text given as its {@link TextNormalizer#words} (for a caller that needs the words too). */
  public long[] signature(List<String> words) {
    long[] sig = new long[numHashes];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    // The FNV hash of each shingle ("w1 w2 … wk" in UTF-8) is fed word by word from bytes encoded once, without
    // building shingle strings or a set: a repeated shingle cannot lower a minimum twice, so the signature equals
    // the one over the set of shingles (see shingles()).
    if (words.isEmpty()) {
      return sig;
    }
    byte[][] bytes = new byte[words.size()][];
    for (int w = 0; w < bytes.length; w++) {
      bytes[w] = words.get(w).getBytes(StandardCharsets.UTF_8);
    }
    int k = Math.min(shingleWords, bytes.length);
    for (int start = 0; start + k <= bytes.length; start++) {
      long base = FNV_OFFSET;
      for (int w = start; w < start + k; w++) {
        if (w > start) {
          base ^= ' ';
          base *= FNV_PRIME;
        }
        for (byte b : bytes[w]) {
          base ^= b & 0xff;
          base *= FNV_PRIME;
        }
      }
      for (int i = 0; i < numHashes; i++) {
        long h = mix(base ^ seeds[i]);
        if (h == Long.MAX_VALUE) {
          h--; // MAX_VALUE is reserved for "no shingle"
        }
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One key per band, {@code bNN:<16 hex digits>}; two texts sharing any key are candidate near-duplicates. */
  public List<String> bandKeys(long[] signature) {
    if (signature.length != numHashes) {
      throw new IllegalArgumentException("signature has " + signature.length + " hashes, this MinHasher makes "
          + numHashes);
    }
    List<String> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      long h = FNV_OFFSET ^ b;
      boolean empty = true;
      for (int r = 0; r < rows; r++) {
        long v = signature[b * rows + r];
        empty &= v == Long.MAX_VALUE;
        h = mix(h ^ v) * FNV_PRIME;
      }
      if (empty) {
        continue; // a text without words must not collide with every other empty text
      }
      keys.add(String.format(Locale.ROOT, "b%02d:%016x", b, h));
    }
    return keys;
  }

  /** Estimated Jaccard similarity: the fraction of positions where two signatures agree (unset positions never do). */
  public static double similarity(long[] a, long[] b) {
    if (a == null || b == null || a.length != b.length || a.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** |a ∩ b| / |a ∪ b|; two empty sets share nothing checkable, so 0. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int inter = 0;
    for (String s : small) {
      if (large.contains(s)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }

  /**
   * Word k-shingles of the normalized text, each the words joined by one space. A text shorter than k words gives one
   * shingle of all its words, so short quotes still compare; no words gives an empty set.
   */
  public static Set<String> shingles(String text, int k) {
    List<String> w = TextNormalizer.words(text);
    Set<String> out = new TreeSet<>();
    if (w.isEmpty()) {
      return out;
    }
    if (w.size() <= k) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + k <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + k)));
    }
    return out;
  }

  static long fnv64(String s) {
    long h = FNV_OFFSET;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** SplitMix64 finaliser: spreads FNV's weak low bits over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
