package org.setsafe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.data.BundledData;
import org.setsafe.mapping.ColumnMapping;
import org.setsafe.mapping.ImportOptions;
import org.setsafe.model.CaseType;
import org.setsafe.model.Harm;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Injury;
import org.setsafe.model.Involvement;
import org.setsafe.model.Role;
import org.setsafe.model.Treatment;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.read.IngestListener;

/**
 * A flat log's columns about the person its row is about (person, treatment, days away, ...): read
 * into that person's record, written to people.csv on import and read back equal; a bad value is an
 * error naming its line and column.
 */
class FlatLog_PersonFieldsTest {
  static final Path LOG = BundledData.path("examples/harbour-lights-log.csv");

  @TempDir Path dir;

  private static IncidentRecord byId(Reading r, String id) {
    return r.records.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void exampleLog_givesEachRowItsPerson_withWhatTheColumnsRecord() {
    Reading r = Reading.of(LOG, ImportOptions.DEFAULT);

    assertThat(r.errors()).isEmpty();
    assertThat(r.records).hasSize(21);
    Involvement p = byId(r, "HL-04").people().get(0);
    assertThat(p.name()).isEqualTo("Chris Patel");
    assertThat(p.role()).isEqualTo(Role.CREW);
    assertThat(p.harm()).isEqualTo(Harm.INJURED);
    Injury f = p.injury();
    assertThat(f.treatment()).isEqualTo(Treatment.IN_PATIENT);
    assertThat(f.daysAway()).isEqualTo(3);
    assertThat(f.daysRestricted()).isZero();
    assertThat(f.lostConsciousness()).isTrue();
    assertThat(f.bodyPart()).isEqualTo("head");
    assertThat(f.nature()).isEqualTo("concussion");
    assertThat(f.caseType()).isEqualTo(CaseType.INJURY);
    assertThat(f.jobTitle()).isEqualTo("Grip");
    assertThat(f.employer()).isEqualTo("Harbour Lights Productions");
    assertThat(f.privacyCase()).isFalse();
    assertThat(f.reportedAt()).isEqualTo(LocalDateTime.parse("2026-01-29T05:00"));
    assertThat(f.reportedTo()).isEqualTo("Cal/OSHA; union; studio");
    assertThat(f.inferred()).isEmpty();
    // a death with no harm column would still be a death: the row counts one and no injury
    assertThat(byId(r, "HL-07").people().get(0).harm()).isEqualTo(Harm.KILLED);
    assertThat(byId(r, "HL-09").people().get(0).injury().caseType())
        .isEqualTo(CaseType.OTHER_ILLNESS);
    assertThat(byId(r, "HL-08").people().get(0).injury().privacyCase()).isTrue();
    // a row with no person column filled (a near miss) has nobody
    assertThat(byId(r, "HL-18").people()).isEmpty();
    // columns left empty stay unknown, never 0
    Injury words = byId(r, "HL-02").people().get(0).injury();
    assertThat(words.treatment()).isNull();
    assertThat(words.daysAway()).isNull();
  }

  @Test
  void importedLog_writesThePersonFields_andReadsBackEqual() throws IOException {
    new Importer(ImportOptions.DEFAULT, ProtocolCatalog.bundled())
        .run(List.of(LOG), dir, false, IngestListener.of(d -> {}));

    assertThat(Files.readAllLines(dir.resolve("people.csv")).get(0))
        .isEqualTo(
            "incident_id,name,role,harm,note,treatment,days_away,days_restricted,"
                + "lost_consciousness,body_part,nature,case_type,job_title,employer,privacy_case,"
                + "reported_at,reported_to");
    assertThat(Files.readString(dir.resolve("people.csv")))
        .contains(
            "HL-04,Chris Patel,crew,injured,,in_patient,3,0,yes,head,concussion,injury,Grip,"
                + "Harbour Lights Productions,no,2026-01-29 05:00,Cal/OSHA; union; studio");
    Diagnostics problems = new Diagnostics();
    List<IncidentRecord> back = new ArrayList<>();
    new Ingest().read(List.of(dir), problems, back::add);
    assertThat(problems.list()).isEmpty();
    assertThat(back)
        .containsExactlyInAnyOrderElementsOf(Reading.of(LOG, ImportOptions.DEFAULT).records);
  }

  @Test
  void badPersonValues_areErrors_namingLineAndColumn() throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(
        log,
        """
        id,title,production,date,severity,fatalities,injuries,person,treatment,days_away,lost_consciousness,case_type,reported_at,category,activity
        A-1,Cut,P,2026-03-02,injury,0,1,A. Person,stitches,-2,maybe,sprain,2026-03-02,other,take
        """);

    Reading r = Reading.of(log, ImportOptions.DEFAULT);

    assertThat(r.records).isEmpty();
    assertThat(r.errorsByName())
        .containsExactly(
            "log.csv:2:9: treatment: unknown treatment 'stitches'; expected one of: first_aid,"
                + " medical_treatment, emergency_room, in_patient",
            "log.csv:2:10: days_away: '-2' is negative; a count must be 0 or more",
            "log.csv:2:11: lost_consciousness: 'maybe' is not yes or no (expected yes, no, y, n,"
                + " true or false)",
            "log.csv:2:12: case_type: unknown case type 'sprain'; expected one of: injury,"
                + " skin_disorder, respiratory_condition, poisoning, hearing_loss, other_illness",
            "log.csv:2:13: reported_at: '2026-03-02' is not a date and a time of day (expected"
                + " such as 2026-03-02 14:30; a date alone cannot be compared with a deadline in"
                + " hours)");
  }

  @Test
  void mapping_mapsForeignColumnsOntoPersonFields() throws IOException {
    Path log = dir.resolve("log.csv");
    Files.writeString(
        log,
        """
        Ref,When,What,Who,Care,Off (days)
        A-1,2026-03-02,Cut hand,Dana Ortiz,Clinic,2
        """);
    Path m = dir.resolve("log.mapping.json");
    Files.writeString(
        m,
        """
        {"columns": {"Ref": "id", "When": "date", "What": "title", "Who": "person",
          "Care": {"field": "treatment", "values": {"Clinic": "medical_treatment"}},
          "Off (days)": "days_away"},
         "constants": {"production": "P", "severity": "injury", "fatalities": "0",
                       "injuries": "1", "person_role": "crew",
                       "category": "other", "activity": "unknown"}}
        """);

    Reading r =
        Reading.of(
            log,
            ImportOptions.DEFAULT.withMapping(ColumnMapping.load(m, ProtocolCatalog.bundled())));

    assertThat(r.errors()).isEmpty();
    Involvement p = r.records.get(0).people().get(0);
    assertThat(p.name()).isEqualTo("Dana Ortiz");
    assertThat(p.role()).isEqualTo(Role.CREW);
    assertThat(p.injury().treatment()).isEqualTo(Treatment.MEDICAL_TREATMENT);
    assertThat(p.injury().daysAway()).isEqualTo(2);
  }
}
