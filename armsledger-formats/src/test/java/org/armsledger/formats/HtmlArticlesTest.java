package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Genre;
import org.armsledger.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
  @TempDir Path dir;

  @Test
  void newsPageGivesMetadataAndOnlyTheArticleText() throws Exception {
    Fixtures.Read r = Fixtures.read(Fixtures.copy("k9-poland.html", dir));
    assertThat(r.diagnostics()).isEmpty();
    Article a = r.article("k9-poland");
    assertThat(a.headline()).isEqualTo("Poland takes delivery of more K9 howitzers");
    assertThat(a.byline()).isEqualTo("Marta Kowalczyk");
    assertThat(a.published()).isEqualTo("2023-12-05");
    assertThat(a.precision()).isEqualTo("day");
    assertThat(a.outlet()).isEqualTo("Defence Ledger Daily");
    assertThat(a.uri()).isEqualTo("https://www.defenceledger.example/europe/2023/12/05/poland-k9-howitzers-delivery");
    assertThat(a.genre()).isEqualTo(Genre.NEWS);
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.fields()).containsEntry("section", "Europe").containsEntry("schema_type", "NewsArticle");
    String t = a.text();
    assertThat(t).startsWith("Poland takes delivery of more K9 howitzers\n\nSouth Korea has delivered another batch");
    assertThat(t).contains("“We are replacing what we gave to Ukraine faster than anyone expected,” Deputy Defence Minister Paweł Bejda told reporters in Gdynia.");
    // navigation, cookie banner, share bar, ads, related list, comments, most read, footer: gone
    assertThat(t).doesNotContain("Accept all", "Subscribe", "Share on", "Advertisement", "Romania weighs", "Great news for Poland", "Most read", "All rights reserved", "Photo: Defence Ledger");
    // the headline is said once even though the page repeats it in an h1
    assertThat(t.indexOf("Poland takes delivery")).isEqualTo(t.lastIndexOf("Poland takes delivery"));
    assertThat(a.title()).isEqualTo(new Span(0, "Poland takes delivery of more K9 howitzers".length()));
  }

  @Test
  void everyWordMapsBackToItsPlaceInTheHtmlSource() throws Exception {
    Path p = Fixtures.copy("k9-poland.html", dir);
    Article a = Fixtures.read(p).article("k9-poland");
    String raw = Files.readString(p, StandardCharsets.UTF_8);
    String sentence = "Hanwha Aerospace, which builds the K9, said the remaining vehicles of the first executive contract would follow in 2024.";
    int s = a.text().indexOf(sentence);
    Span rawSpan = a.sourceMap().raw(new Span(s, s + sentence.length()));
    assertThat(raw.substring(rawSpan.start(), rawSpan.end())).isEqualTo(sentence);
    // through entities: &ldquo; and &#322; are undone in the text, kept in the source
    int q = a.text().indexOf("Paweł");
    int rq = a.sourceMap().raw(q);
    assertThat(raw.substring(rq, rq + 12)).isEqualTo("Pawe&#322; B");
    // the headline comes from metadata: generated text maps to no raw offset
    assertThat(a.sourceMap().raw(a.text().length() + 5)).isEqualTo(-1);
  }

  @Test
  void opinionPageIsTaggedByItsSchemaType() throws Exception {
    Article a = Fixtures.read(Fixtures.copy("rafale-opinion.html", dir)).article("rafale-opinion");
    assertThat(a.genre()).isEqualTo(Genre.OPINION);
    assertThat(a.byline()).isEqualTo("R. Menon");
    assertThat(a.headline()).isEqualTo("India's Rafale bet was the right call");
    assertThat(a.text()).contains("When France delivered the last of 36 Rafale fighters").doesNotContain("weekly briefing");
  }

  @Test
  void pageWithoutMetadataFallsBackToTitleTagHostAndDateline() throws Exception {
    String html =
        "<html><head><title>Brazil orders Gripen trainers</title></head><body>"
            + "<div id=content><p>Posted March 3, 2022</p><p>Brazil has ordered four more Gripen fighters from Saab, the Swedish company said, taking the total to 40. "
            + "The air force expects the first of the additional aircraft in 2025, a spokesman said.</p></div></body></html>";
    Path p = dir.resolve("gripen.htm");
    Files.writeString(p, html);
    Article a = Fixtures.read(p).article("gripen");
    assertThat(a.headline()).isEqualTo("Brazil orders Gripen trainers");
    assertThat(a.published()).isEqualTo("2022-03-03");
    assertThat(a.outlet()).isNull();
    assertThat(a.text()).contains("Brazil has ordered four more Gripen fighters from Saab");
  }

  @Test
  void utf8BytesDeclaredAsLatin1AreReadAsUtf8() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Türkiye sells drones</title></head><body><article><p>Türkiye sold Bayraktar TB2 drones to Poland, the ministry said in Ankara; Poland’s first batch arrived in 2022 and more are expected soon, officials said.</p></article></body></html>";
    Path p = dir.resolve("mislabelled.html");
    Files.write(p, html.getBytes(StandardCharsets.UTF_8));
    Article a = Fixtures.read(p).article("mislabelled");
    assertThat(a.text()).contains("Türkiye sold Bayraktar TB2").contains("Poland’s first batch");
    assertThat(a.fields()).containsEntry("charset", "UTF-8").containsEntry("charset_declared", "iso-8859-1");
  }

  @Test
  void undeclaredWindows1252IsNotMojibake() throws Exception {
    String html = "<html><head><title>Caf\u00e9 talk</title></head><body><article><p>Spain delivered \u201cHawk\u201d launchers to Ukraine in 2022, the defence ministry in Madrid said on Monday, and the minister said more would follow.</p></article></body></html>";
    Path p = dir.resolve("cp1252.html");
    Files.write(p, html.getBytes(Charset.forName("windows-1252")));
    Article a = Fixtures.read(p).article("cp1252");
    assertThat(a.text()).contains("Spain delivered \u201cHawk\u201d launchers");
    assertThat(a.fields()).containsEntry("charset", "windows-1252");
  }

  @Test
  void deeplyNestedAndHugeFlatPagesAreReadWithoutReadability() throws Exception {
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(100_000)).append("<p>Norway sent NASAMS launchers to Ukraine, the government in Oslo said on Friday, in a package worth millions.</p>");
    Path p = dir.resolve("deep.html");
    Files.writeString(p, deep);
    assertThat(Fixtures.read(p).article("deep").text()).contains("Norway sent NASAMS launchers to Ukraine");

    StringBuilder flat = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 30_000; i++) {
      flat.append("<span>x</span>");
    }
    flat.append("<p>Canada donated armoured vehicles to Ukraine, Ottawa said, and more deliveries are planned.</p></article></body></html>");
    Path f = dir.resolve("flat.html");
    Files.writeString(f, flat);
    Article a = Fixtures.read(f, new ArticleReaders.Options(10_000_000, true)).article("flat");
    assertThat(a.fields()).containsEntry("extraction", "structural");
    assertThat(a.text()).contains("Canada donated armoured vehicles");
  }

  @Test
  void pageWithNoTextIsADiagnostic() throws Exception {
    Path p = dir.resolve("blank.html");
    Files.writeString(p, "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>");
    Fixtures.Read r = Fixtures.read(p);
    assertThat(r.articles()).isEmpty();
    assertThat(r.codes()).containsExactly("no-text");
  }
}
