package org.armsledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.armsledger.text.Printable;

/**
 * Coverage-guided fuzzing of what makes article text safe in outputs: a CSV cell is never a live
 * formula and holds no control character, GraphML text always parses, a quoted name is one
 * printable line, and nothing printed to a terminal carries an escape.
 */
class JazzerEscapingFuzz {
  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(FuzzedDataProvider in) throws Exception {
    String s = in.consumeRemainingAsString();

    String cell = CsvExport.quote(s);
    String value = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    assertThat(value.chars().filter(Printable::control)).isEmpty();
    String t = value.stripLeading();
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      assertThat(t).matches("[+-]?[0-9]+(\\.[0-9]+)?");
    }

    StringWriter xml = new StringWriter();
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("data");
    x.writeAttribute("key", GraphmlExport.xml(s));
    x.writeCharacters(GraphmlExport.xml(s));
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));

    String q = Printable.quote(s);
    assertThat(q.chars().filter(Printable::control)).isEmpty();

    StringWriter raw = new StringWriter();
    try (PrintWriter w = new PrintWriter(org.armsledger.cli.SafeWriterAccess.wrap(raw))) {
      w.print(s);
    }
    assertThat(raw.toString().chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F)).isEmpty();
  }
}
