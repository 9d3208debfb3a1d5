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
  void uploadNamesStayInTheirFolder() {
    assertThat(WebApp.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(WebApp.safeName("C:\\x\\report final.html")).isEqualTo("report_final.html");
    assertThat(WebApp.safeName(".bashrc")).isEqualTo("upload.bashrc");
    assertThat(WebApp.safeName(null)).isEqualTo("upload");
  }
}
