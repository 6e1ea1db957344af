package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.compare.WordDiff.Kind;
import io.crossfact.compare.WordDiff.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  private static List<String> w(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void droppedWordIsOneDeleteBetweenEquals() {
    assertEquals(List.of(new Op(Kind.EQUAL, w("we will")), new Op(Kind.DELETE, w("not")),
        new Op(Kind.EQUAL, w("raise taxes"))), WordDiff.diff(w("we will not raise taxes"), w("we will raise taxes")));
  }

  @Test
  void substitutionPutsDeleteBeforeInsert() {
    assertEquals(List.of(new Op(Kind.EQUAL, w("deaths rose")), new Op(Kind.DELETE, w("sharply")),
        new Op(Kind.INSERT, w("slightly last year")), new Op(Kind.EQUAL, w("in ohio"))),
        WordDiff.diff(w("deaths rose sharply in ohio"), w("deaths rose slightly last year in ohio")));
  }

  @Test
  void identicalIsOneEqualAndEmptyIsNothing() {
    assertEquals(List.of(new Op(Kind.EQUAL, w("a b c"))), WordDiff.diff(w("a b c"), w("a b c")));
    assertEquals(List.of(), WordDiff.diff(List.of(), List.of()));
    assertEquals(List.of(new Op(Kind.INSERT, w("x y"))), WordDiff.diff(List.of(), w("x y")));
  }

  @Test
  void similarityIsDiceOverLcs() {
    assertEquals(2.0 * 4 / 9, WordDiff.similarity(w("we will not raise taxes"), w("we will raise taxes")), 1e-12);
    assertEquals(0.0, WordDiff.similarity(List.of(), List.of()));
    assertEquals(1.0, WordDiff.similarity(w("a b"), w("a b")));
  }

  @Test
  void opTextJoinsWords() {
    assertEquals("slightly last year", new Op(Kind.INSERT, w("slightly last year")).text());
  }
}
