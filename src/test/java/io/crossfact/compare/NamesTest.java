package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void surnameAloneAndInitialMatchTheFullName() {
    assertTrue(Names.samePerson("Jane Holt", "Holt"));
    assertTrue(Names.samePerson("J. Holt", "Jane Holt"));
    assertTrue(Names.samePerson("Dr. Jane Holt", "jane holt"));
    assertTrue(Names.samePerson("Sen. Holt", "Jane Holt Jr."));
  }

  @Test
  void differentFirstNamesOrSurnamesAreDifferentPeople() {
    assertFalse(Names.samePerson("Jane Holt", "Tom Holt"));
    assertFalse(Names.samePerson("Jane Holt", "Jane Hunt"));
    assertFalse(Names.samePerson("", "Jane Holt"));
  }

  @Test
  void fullerPrefersMoreTokensThenNoTitle() {
    assertEquals("Jane Holt", Names.fuller("Holt", "Jane Holt"));
    assertEquals("Jane Holt", Names.fuller("Dr. Jane Holt", "Jane Holt"));
    assertEquals("Jane Holt", Names.fuller("Jane Holt", "Dr. Jane Holt"));
  }

  @Test
  void tokensDropTitlesSuffixesAndPunctuation() {
    assertEquals(List.of("jane", "holt"), Names.tokens("Sen. Jane Holt, Jr."));
    assertEquals("holt", Names.surname("Prof. Jane Holt"));
  }
}
