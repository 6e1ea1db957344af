package io.crossfact.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PlaceRecognizer} alone: the places a text names, canonical, in order (anaphors resolved). */
class PlaceRecognizerTest {
  static Stream<Arguments> cases() {
    return Specs.rows("place", 3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsThePlacesNamed(String text, String places, String why) {
    FigureText x = Specs.text(text, "");
    x.scopes.findPlaces();
    assertEquals(places, x.mentions.stream().map(m -> m.name).collect(Collectors.joining("|")), text);
  }
}
