package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.normalize.Lemmatizer;
import io.crossfact.normalize.Places;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The word lists figures are keyed and scoped with: lemmas and places. */
class FigureVocabularyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "deaths, death", "fatalities, fatality", "overdoses, overdose", "children, child", "people, people",
      "persons, people", "Democrats, democrat", "taxes, tax", "churches, church", "crises, crisis", "virus, virus",
      "analysis, analysis", "Israelis, israeli", "measles, measles", "died, die", "displaced, displace",
      "killed, kill", "injured, injure", "evacuated, evacuate", "stopped, stop", "lost, lose", "employed, employ",
      "hundred, hundred", "gas, gas", "news, news"})
  void lemmasMeetAcrossNumberAndTense(String word, String lemma) {
    assertEquals(lemma, Lemmatizer.lemma(word));
  }

  @Test
  void phrasesAreLemmatizedWordByWord() {
    assertEquals("die from opioid-related overdose", Lemmatizer.phrase("  died from  opioid-related overdoses "));
    assertEquals("people displace", Lemmatizer.phrase("people displaced"));
  }

  @Test
  void placesResolveCountriesStatesCitiesAndDemonyms() {
    Places p = Places.defaults();
    assertEquals("Kenya", p.lookup("kenyan").name);
    assertEquals(Places.DEMONYM, p.lookup("kenyans").type);
    assertEquals("United States", p.lookup("u.s.").name);
    assertEquals("Vermont", p.lookup("vt.").name);
    assertEquals(Places.STATE, p.lookup("vermont").type);
    assertEquals("United States", p.lookup("vermont").country);
    assertEquals("Kenya", p.lookup("nairobi").country);
    assertEquals("New Hampshire", p.lookup("new hampshire").name);
    assertTrue(p.lookup("jordan").ambiguous);
    assertNull(p.lookup("vt"));
    assertTrue(p.mayStart("new"));
    assertTrue(p.mayStart("vt"));
    assertTrue(p.maxTokens() >= 5);
  }
}
