package io.crossfact.story;

import java.util.Set;

/** Words that say nothing about which event a report is on: function words, reporting verbs, calendar names. */
final class StoryWords {
  private StoryWords() {}

  static final Set<String> STOP = set(
      "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "among", "an", "and",
      "another", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "even",
      "ever", "every", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
      "just", "least", "less", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
      "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "others",
      "our", "ours", "out", "over", "own", "per", "perhaps", "rather", "same", "she", "should", "since", "so",
      "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
      "they", "this", "those", "though", "through", "thus", "to", "too", "toward", "towards", "under", "until",
      "up", "upon", "us", "very", "was", "we", "were", "what", "whatever", "when", "where", "whether", "which",
      "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
      "yours", "yourself", "mr", "mrs", "ms", "dr", "said", "says", "say", "told", "tell", "according", "reported",
      "report", "reports", "news", "new", "year", "years", "day", "days", "week", "weeks", "month", "months",
      "time", "times", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
      "last", "next", "yesterday", "today", "tomorrow", "tonight", "ago", "later", "earlier", "still", "already",
      "well", "back", "made", "make", "get", "got", "go", "going", "went", "come", "came", "take", "took", "know",
      "think", "want", "people", "way", "thing", "things", "lot", "part", "including", "include", "added", "add",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am", "pm", "et", "gmt", "updated",
      "posted", "published", "copyright", "reserved", "rights", "reuters", "ap", "associated", "press", "photo",
      "image", "video", "click", "read", "share", "email", "comment", "comments", "follow", "twitter", "facebook",
      "it's", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't", "i'm", "he's", "she's", "that's",
      "there's", "they're", "we're", "you're");

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Calendar words: capitalized, but never a name of a participant. */
  static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
}
