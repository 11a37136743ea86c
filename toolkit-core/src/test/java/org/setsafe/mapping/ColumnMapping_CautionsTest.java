package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostic;

/**
 * A mapping that reads, but may not mean what it says: ranges that overlap and value keys equal but
 * for case are warnings placed in the mapping file, told by every reading that uses it.
 */
class ColumnMapping_CautionsTest {
  private static ColumnMapping parse(String columns) {
    return ColumnMapping.parse(
        "m.json", "{\"columns\": {\"Ref\": \"id\", " + columns + "}}", ProtocolCatalog.bundled());
  }

  @Test
  void overlappingRanges_areAWarningAtTheLaterRange() {
    ColumnMapping m =
        parse(
            "\"Hurt\": {\"field\": \"injuries\", \"match\": \"range\","
                + " \"values\": {\"1-5\": \"1\", \"3-9\": \"2\"}}");

    assertThat(m.warnings())
        .extracting(Diagnostic::toString)
        .singleElement()
        .asString()
        .startsWith("m.json:1:")
        .contains(
            "warning: columns.Hurt.values.\"3-9\": the range '3-9' overlaps the range 1-5 (mapped to"
                + " '1'): a value in both takes the range listed first");
  }

  @Test
  void valueKeysEqualButForCase_mappedApart_areAWarning_mappedAlike_not() {
    ColumnMapping apart =
        parse(
            "\"Armorer present?\": {\"field\": \"DESIGNATED_CUSTODIAN\","
                + " \"values\": {\"Y\": \"passed\", \"y\": \"failed\"}}");
    ColumnMapping alike =
        parse(
            "\"Armorer present?\": {\"field\": \"DESIGNATED_CUSTODIAN\","
                + " \"values\": {\"Y\": \"passed\", \"y\": \"passed\"}}");

    assertThat(apart.warnings())
        .extracting(Diagnostic::message)
        .singleElement()
        .asString()
        .endsWith(
            ".values.y: 'y' differs from 'Y' only in case, and the two"
                + " map to different values ('failed', 'passed'); a value in yet another case takes"
                + " the one listed first");
    assertThat(alike.warnings()).isEmpty();
  }
}
