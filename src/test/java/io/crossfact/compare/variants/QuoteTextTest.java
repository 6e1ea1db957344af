package io.crossfact.compare.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparer reads a quote's words with {@link QuoteText#words} and builds the whole {@link QuoteText} (its marks)
 * only to describe a drift: the two must give the same words for every shape of quote.
 */
class QuoteTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"We will not back down.", "We won't back down, and we can't.", "This is f***ing absurd.",
      "** notes ** and *a star*", "What the **** happened?", "He said [the mayor] would \"never\" sign… it.",
      "It's 4,200 (or so) people - maybe more; we cannot know.", "Dr.Jane Roe ain't here!", "", "   ",
      "Über-große Änderungen à la carte", "don\u2019t stop", "U.S. a.m. 3.5% $12m", "***", "a*", "*b"})
  void theWordsAloneAreTheWordsOfTheWholeText(String raw) {
    assertEquals(new QuoteText(raw).words, QuoteText.words(raw), raw);
  }
}
