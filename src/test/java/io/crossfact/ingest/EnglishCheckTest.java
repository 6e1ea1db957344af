package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Non-English documents are told apart cheaply (script, English function words); short texts are not judged. */
class EnglishCheckTest {
  private static final String GERMAN = "Der Stadtrat von Kleinfeld hat am Dienstagabend beschlossen, die alte "
      + "Brücke über den Mühlbach bis zum Herbst zu sanieren. Die Kosten werden auf rund vier Millionen Euro "
      + "geschätzt, wovon das Land die Hälfte übernehmen soll. Bürgermeisterin Petra Haller sagte, man habe lange "
      + "genug gewartet und wolle nun keine weitere Zeit verlieren. Anwohner hatten sich seit Jahren über Lärm und "
      + "Umwege beschwert, weil schwere Lastwagen die Brücke nicht mehr befahren dürfen.";
  private static final String FRENCH = "Le conseil municipal de Beaulieu a voté mardi soir la rénovation de la "
      + "vieille halle du marché, fermée depuis trois ans. Selon la mairie, les travaux coûteront environ deux "
      + "millions d'euros et dureront jusqu'à la fin de l'année prochaine. Les commerçants du quartier se disent "
      + "soulagés mais regrettent que le chantier commence en plein été, au moment où les touristes sont les plus "
      + "nombreux dans les rues du centre.";
  private static final String SPANISH = "El ayuntamiento de Villanueva aprobó el martes un plan para ampliar la "
      + "red de autobuses nocturnos a partir de septiembre. Según la concejala de movilidad, las nuevas líneas "
      + "unirán los barrios del norte con la estación central y costarán cerca de un millón de euros al año. Los "
      + "vecinos llevaban meses pidiendo más servicios después de las diez de la noche, sobre todo los estudiantes "
      + "y quienes trabajan en turnos tardíos.";
  private static final String CYRILLIC = "Городской совет в среду утвердил новый бюджет на ремонт дорог и мостов. "
      + "По словам мэра, работы начнутся весной и продлятся до поздней осени, а жители получат временные маршруты "
      + "объезда. Депутаты также обсудили строительство новой школы в северном районе города и решили вернуться к "
      + "этому вопросу в следующем месяце.";
  private static final String CJK = "市议会周二通过了一项新的交通计划，将在明年春季前增加十条公交线路，并延长地铁末班车的运营时间。"
      + "市长表示，这项计划的总投资约为三亿元，其中一半来自省级财政。许多市民对此表示欢迎，但也有人担心施工期间的交通拥堵问题。"
      + "有关部门将在下个月公布具体的线路图和时间表，并听取居民的意见和建议。";
  private static final String ENGLISH_NAMES_NUMBERS = "On March 14, 2023, Mayor Johanna Brückner of Neustadt and "
      + "Governor Luis Fernández met with Jean-Pierre Dubois, Olga Ivanova and Kenji Watanabe at 10:30 a.m. in "
      + "Room 4B. The budget of $12.4 million, up 7.5% from 2022, covers 1,250 jobs across 3 counties. Brückner "
      + "said the plan was fair, but Fernández said it would cost the state $3.1 million more than forecast. "
      + "Dubois, who chairs the Lyon-Montréal trade group, told reporters at 2 p.m. that his members had not been "
      + "consulted. Ivanova and Watanabe declined to comment. A vote is set for April 2, 2023, at 9 a.m.";

  @Test
  void germanFrenchAndSpanishParagraphsAreNotEnglish() {
    for (String text : new String[] {GERMAN, FRENCH, SPANISH}) {
      String reason = EnglishCheck.notEnglish(text);
      assertNotNull(reason, text.substring(0, 40));
      assertTrue(reason.startsWith(EnglishCheck.REASON), reason);
    }
  }

  @Test
  void cyrillicAndCjkAreNotEnglishByScript() {
    for (String text : new String[] {CYRILLIC, CJK}) {
      String reason = EnglishCheck.notEnglish(text);
      assertNotNull(reason, text.substring(0, 20));
      assertTrue(reason.contains("non-Latin script"), reason);
    }
  }

  @Test
  void englishWithManyNamesAndNumbersPasses() {
    assertNull(EnglishCheck.notEnglish(ENGLISH_NAMES_NUMBERS));
    // An English report quoting one foreign sentence stays English.
    assertNull(EnglishCheck.notEnglish(ENGLISH_NAMES_NUMBERS + " The banner read: \"Die Brücke muss bleiben.\" "
        + ENGLISH_NAMES_NUMBERS));
  }

  @Test
  void shortTextsAreNotJudged() {
    assertNull(EnglishCheck.notEnglish("Der Rat hat entschieden, die Brücke zu sanieren."));
    assertNull(EnglishCheck.notEnglish("Городской совет утвердил бюджет."));
    assertNull(EnglishCheck.notEnglish(""));
    assertNull(EnglishCheck.notEnglish(null));
  }
}
