package io.crossfact.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time an undated report's text suggests, on original sentences: cases as data (text | expected ISO date). */
class StoryTimeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the latest year written of the past or present, in the middle of that year
      The mayor, first elected in 1998, lost his seat in 2003 to a newcomer.                  | 2003-07-01
      Flooding closed the ring road again; the 2011 season had already been cut short.        | 2011-07-01
      # a full date is the precise estimate of its year, in either order, abbreviated or not
      The ferry sank on Nov. 3, 2014, off the northern cape. Salvage began in 2014.            | 2014-11-03
      PUBLISHED 09:12 GMT, 4 March 2016 - UPDATED 10:40 GMT                                   | 2016-03-04
      The plant closed in 2009. Workers last met on February 11th 2012 at the union hall.      | 2012-02-11
      # a month and a year: the middle of that month
      The council voted in October 2017 to sell the pier.                                      | 2017-10-15
      # an older full date does not lower a later year
      The dam failed on June 2, 1989; the inquiry reported in 1994.                            | 1994-07-01
      # no year at all
      Police said the driver was released on Tuesday.                                         | ''
      # a year in a product's name bounds the text's time from below like any other year
      The patch fixes Windows 2000 and Office 2010 machines; it came out in 2006.              | 2010-07-01
      The flaw, tracked as CVE-2019-1182, was reported in 2018.                                 | 2018-07-01
      # a year inside a code and an amount are not years
      She was fined $2000 in 2005 for the stunt.                                               | 2005-07-01
      # the future bounds the report from above: the year before the first year it looks to
      The striker will join the club in 2021, his agent confirmed.                             | 2020-07-01
      The company plans to open the plant by 2030 and hire locally.                            | 2029-07-01
      # a past year beside a future one: the past year is the estimate
      Elected in 2007, the senator will not run again in 2012.                                 | 2007-07-01
      """)
  void estimates(String text, String expected) {
    assertEquals(expected, StoryTime.estimate(null, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ministers agreed the scheme in 2015.                       | Rail fares rise after vote    | 2015-07-01
      Rail fares rise again.                                      | Rail fares, 2016              | 2016-07-01
      """)
  void theTitleCountsToo(String body, String title, String expected) {
    assertEquals(expected, StoryTime.estimate(title, body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A new stadium will be built in 2025.                 | true
      The board expected results in 2019.                  | true
      The goal is to cut emissions by 2040.                | true
      Voters approved the bond in 2012.                    | false
      The bridge opened in 1999. It will close next week.  | false
      """)
  void futureSentences(String text, boolean future) {
    assertEquals(future, StoryTime.future(text, text.indexOf("19") >= 0 ? text.indexOf("19")
        : text.indexOf("20")));
  }

  @Test
  void aYearsSentenceIsReadOnlyNearIt() {
    // a scraped table with no sentence ends: a "will" far before the year is another row's, not the year's clause
    String row = "Harbour works will resume pending funds ";
    String text = row + "x ".repeat(StoryTime.SENTENCE_REACH) + "dredging finished in 2011 ";
    assertEquals(false, StoryTime.future(text, text.indexOf("2011")));
    assertEquals("2011-07-01", StoryTime.estimate("", text));
    // near it, the same word still makes it a year of the future
    String near = row + "dredging finished in 2011 ";
    assertEquals(true, StoryTime.future(near, near.indexOf("2011")));
  }
}
