package org.armsledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textIsEscapedForContentAndQuotedAttributes() {
    assertThat(Html.esc("<script>alert('x')</script> & \"q\"")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(Html.esc("a\u0000b\u001bc\u0085d\ne")).isEqualTo("abcd\ne");
    assertThat(new Html().raw("<p>").text("<b>").raw("</p>").toString()).isEqualTo("<p>&lt;b&gt;</p>");
  }

  @Test
  void onlyHttpLinksAreLinked() {
    assertThat(Html.href("https://example.org/a?b=1&c=\"2\"")).isEqualTo("https://example.org/a?b=1&amp;c=&quot;2&quot;");
    assertThat(Html.href("HTTP://EXAMPLE.ORG")).isEqualTo("HTTP://EXAMPLE.ORG");
    for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "//evil.example", "vbscript:x",
        "http://a\nb", null}) {
      assertThat(Html.href(bad)).as(String.valueOf(bad)).isNull();
    }
  }

  @Test
  void jsonForAScriptElementCannotCloseItOrOpenAComment() {
    String json = "{\"t\":\"</script><script>alert(1)</script><!--\"}";
    String safe = Html.json(json);
    assertThat(safe).doesNotContain("</script").doesNotContain("<!--").contains("\\u003c/script\\u003e");
  }

  @Test
  void evidenceMarksTheCueByOffsetAndThePartiesAndItemByTheirWords() throws Exception {
    // the sentence begins at offset 100 of its article; "sold" is at 100 + 7
    String claim = "{\"supplier\":{\"text\":\"Italy\"},\"recipient\":{\"text\":\"Qatar\"},\"item\":{\"text\":\"<NH90> helicopters\"},"
        + "\"evidence\":{\"text\":\"Italy   sold <NH90> helicopters to Qatar; Italy said so.\",\"start\":100},"
        + "\"cue\":{\"text\":\"sold\",\"start\":108,\"end\":112}}";
    String html = Pages.highlight(Api.JSON.readTree(claim));
    assertThat(html).isEqualTo("<mark class=\"supplier\">Italy</mark>   <mark class=\"cue\">sold</mark> <mark class=\"item\">&lt;NH90&gt; helicopters</mark>"
        + " to <mark class=\"recipient\">Qatar</mark>; Italy said so.");
    // a cue whose offsets do not point at its words (an edited store) is left unmarked, never misplaced
    String moved = claim.replace("\"start\":108", "\"start\":109");
    assertThat(Pages.highlight(Api.JSON.readTree(moved))).doesNotContain("mark class=\"cue\"").contains("<mark class=\"supplier\">Italy</mark>");
    // a party whose words overlap the cue is marked at its next free occurrence
    String overlap = claim.replace("{\"text\":\"Italy\"}", "{\"text\":\"sold\"}").replace("; Italy said so.", "; sold out.");
    assertThat(Pages.highlight(Api.JSON.readTree(overlap))).contains("; <mark class=\"supplier\">sold</mark> out.");
  }

  @Test
  void uploadNamesStayInTheirFolder() {
    assertThat(WebApp.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(WebApp.safeName("C:\\x\\report final.html")).isEqualTo("report_final.html");
    assertThat(WebApp.safeName(".bashrc")).isEqualTo("upload.bashrc");
    assertThat(WebApp.safeName(null)).isEqualTo("upload");
  }
}
