package org.armsledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small pieces of the exporters, without a store. */
class ExportFormatsTest {
  @Test
  void deliveryYearsCollapseIntoRangesAsTheRegisterWritesThem() {
    assertThat(CsvExport.years(List.of("2019", "2021", "2022", "2023", "2025"))).isEqualTo("2019; 2021-2023; 2025");
    assertThat(CsvExport.years(List.of("2024"))).isEqualTo("2024");
    assertThat(CsvExport.years(List.of())).isEmpty();
  }

  @Test
  void csvCellsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(CsvExport.quote("Su-35")).isEqualTo("Su-35");
    assertThat(CsvExport.quote("tanks, trucks")).isEqualTo("\"tanks, trucks\"");
    assertThat(CsvExport.quote("the \"Flanker\"")).isEqualTo("\"the \"\"Flanker\"\"\"");
    assertThat(CsvExport.quote("two\nlines")).isEqualTo("two lines");
    assertThat(CsvExport.quote(null)).isEmpty();
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
    assertThat(CsvExport.quote("=HYPERLINK(\"http://evil.example\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    assertThat(CsvExport.quote("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvExport.quote("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(CsvExport.quote("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvExport.quote("\t=1+1")).isEqualTo("' =1+1");
    assertThat(CsvExport.quote("\r=1+1")).isEqualTo("' =1+1");
    assertThat(CsvExport.quote("  =1")).isEqualTo("'  =1");
    // numbers and ordinary text stay as they are; control characters go
    assertThat(CsvExport.quote("-2")).isEqualTo("-2");
    assertThat(CsvExport.quote("12.5")).isEqualTo("12.5");
    assertThat(CsvExport.quote("Su-35 \u001b[2Jfighters\u0007")).isEqualTo("Su-35 [2Jfighters");
  }

  @Test
  void graphmlTextLosesWhatXmlCannotHold() {
    assertThat(GraphmlExport.xml("RUS\u0001")).isEqualTo("RUS");
    assertThat(GraphmlExport.xml("a\uFFFEb\uD800c")).isEqualTo("abc");
    assertThat(GraphmlExport.xml("ok \uD83D\uDE80 tab\there")).isEqualTo("ok \uD83D\uDE80 tab\there");
  }

  @Test
  void stixIdsAreVersion5UuidsStableAndDistinct() {
    UUID a = StixExport.uuid("actor:RUS");
    assertThat(a.version()).isEqualTo(5);
    assertThat(a.variant()).isEqualTo(2);
    assertThat(StixExport.uuid("actor:RUS")).isEqualTo(a);
    assertThat(StixExport.uuid("actor:IRN")).isNotEqualTo(a);
  }

  @Test
  void partialDatesBecomeTheFirstInstantOfTheirPeriod() {
    assertThat(StixExport.timestamp("2023")).isEqualTo("2023-01-01T00:00:00.000Z");
    assertThat(StixExport.timestamp("2023-05")).isEqualTo("2023-05-01T00:00:00.000Z");
    assertThat(StixExport.timestamp("2023-05-17")).isEqualTo("2023-05-17T00:00:00.000Z");
    assertThat(StixExport.timestamp(null)).isEqualTo("1970-01-01T00:00:00.000Z");
  }
}
