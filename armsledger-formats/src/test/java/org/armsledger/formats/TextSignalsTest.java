package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.armsledger.ingest.Article;
import org.armsledger.ingest.Genre;
import org.armsledger.ingest.Origin;
import org.junit.jupiter.api.Test;

/** Dates, language, genre and repost statements: the small judgements every reader relies on. */
class TextSignalsTest {
  @Test
  void datesInTheShapesMetadataUses() {
    assertThat(Dates.parse("2023-12-05T23:30:00-05:00")).isEqualTo("2023-12-05"); // the writer's own day
    assertThat(Dates.parse("Tue, 14 Mar 2023 10:00:00 GMT")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("March 14, 2023")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("14th March 2023")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("2023/03/14")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("20230314")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("1678788000")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("1678788000000")).isEqualTo("2023-03-14");
    assertThat(Dates.parse("2023-03")).isEqualTo("2023-03");
    assertThat(Dates.parse("Sept 2021")).isEqualTo("2021-09");
    assertThat(Dates.parse("2023-02-30")).isNull();
    assertThat(Dates.parse("Marsh 14, 2023")).isNull();
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("")).isNull();
  }

  @Test
  void languageFromFunctionWordsAndScript() {
    assertThat(LanguageGuess.of("Pakistan has received the first batch of J-10C fighters from China, the air force said on Friday, and more are expected this year.")).isEqualTo("en");
    assertThat(LanguageGuess.of("Le Maroc a reçu les premiers hélicoptères Apache commandés aux États-Unis, a annoncé l'armée dans un communiqué publié mardi.")).isEqualTo("fr");
    assertThat(LanguageGuess.of("Die Bundesregierung hat der Ukraine weitere Leopard-Panzer zugesagt, wie das Verteidigungsministerium am Montag mitteilte und bestätigte.")).isEqualTo("de");
    assertThat(LanguageGuess.of("El Gobierno de Perú ha firmado un contrato para la compra de vehículos blindados a Corea del Sur, según informó el ministerio.")).isEqualTo("es");
    assertThat(LanguageGuess.of("Россия поставила Индии зенитные ракетные комплексы С-400, сообщили в министерстве обороны.")).isEqualTo("ru");
    assertThat(LanguageGuess.of("Україна отримала від Німеччини ще одну систему ППО IRIS-T, повідомили в міністерстві.")).isEqualTo("uk");
    assertThat(LanguageGuess.of("أعلنت وزارة الدفاع أن الطائرات المسيرة وصلت إلى البلاد")).isEqualTo("ar");
    assertThat(LanguageGuess.of("Su-35 MiG-29 F-16")).isNull(); // too short to tell
  }

  static Article page(String uri, String headline, String section, String schemaType) {
    Article.Builder b = Article.builder("x", Origin.file("x.html", "html"), (headline == null ? "" : headline) + "\n\nSome text.").uri(uri).headline(headline);
    b.field("section", section).field("schema_type", schemaType);
    return b.build();
  }

  @Test
  void genreFromTypeSectionPathAndCues() {
    assertThat(GenreRules.classify(page("https://a.example/world/2024/x", "Sale agreed", null, "NewsArticle")).genre()).isEqualTo(Genre.NEWS);
    assertThat(GenreRules.classify(page(null, "t", null, "AnalysisNewsArticle")).genre()).isEqualTo(Genre.ANALYSIS);
    assertThat(GenreRules.classify(page(null, "t", null, "BlogPosting")).genre()).isEqualTo(Genre.BLOG);
    assertThat(GenreRules.classify(page(null, "t", "Comment is free", null)).genre()).isEqualTo(Genre.OPINION);
    assertThat(GenreRules.classify(page(null, "t", "Editorials", null)).genre()).isEqualTo(Genre.EDITORIAL);
    assertThat(GenreRules.classify(page("https://paper.example/opinion/2024/03/why-we-should-sell", "t", null, null)).genre()).isEqualTo(Genre.OPINION);
    assertThat(GenreRules.classify(page("https://paper.example/commentary/arms-deal", "t", null, null)).genre()).isEqualTo(Genre.OPINION);
    // a slug's words are not a section: a news story about an opinion poll stays news
    assertThat(GenreRules.classify(page("https://paper.example/world/opinion-poll-backs-arms-sales-to-ukraine", "t", null, null)).genre()).isEqualTo(Genre.NEWS);
    assertThat(GenreRules.classify(page(null, "OPINION: The drones Iran sells are not the problem", null, null)).genre()).isEqualTo(Genre.OPINION);
    assertThat(GenreRules.classify(page(null, "Analysis | What Egypt gets from its Rafale order", null, null)).genre()).isEqualTo(Genre.ANALYSIS);
    assertThat(GenreRules.classify(page(null, "India signs Rafale deal", null, null)).reason()).contains("no opinion");
  }

  @Test
  void repostStatements() {
    assertThat(RepostStatements.find("Text. This story was first published by The Kyiv Independent.").outlet()).isEqualTo("Kyiv Independent");
    assertThat(RepostStatements.find("Text. Republished with permission from Defense One.").outlet()).isEqualTo("Defense One");
    assertThat(RepostStatements.find("Text. This article originally appeared on warontherocks.com").outlet()).isEqualTo("warontherocks.com");
    assertThat(RepostStatements.find("ANKARA (AP) — Turkey will sell drones.").outlet()).isEqualTo("Associated Press");
    assertThat(RepostStatements.find("Turkey sold drones to Poland, officials said.")).isNull();
  }
}
