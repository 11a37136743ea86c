package org.setsafe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.analysis.DescriptionReader;
import org.setsafe.analysis.SclClassifier;
import org.setsafe.analysis.SclResult;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.SclClass;
import org.setsafe.model.SclQuestion;

/**
 * The 20 real incidents of the reference data, each a death or a serious injury from high energy (a
 * live round, a blank at contact range, explosions under a helicopter, a train, falls of 22 ft and
 * more, vehicles, a crane, a powered set): every one is HSIF. Read with their words, all but the
 * drowning in a water tank are HSIF outright (drowning is on no list of high energies, so that one
 * is HSIF at worst); from their recorded facts alone (hazard and severity), those whose hazard does
 * not settle high energy (stunts, rigging, water) are HSIF at worst.
 */
class SclClassification_ReferenceTest {
  @Test
  void referenceIncidents_withTheirWords_areAllHsif() {
    SclClassifier c = Scl.classifier(DescriptionWords.bundled());
    List<String> atWorst = new ArrayList<>();
    int n = 0;
    for (IncidentRecord r : Ingest.reference().records()) {
      SclResult s = c.classify(r);
      n++;
      assertThat(s.sclClass()).as(r.id()).isEqualTo(SclClass.HSIF);
      if (s.atWorst()) {
        atWorst.add(r.id());
      }
    }
    assertThat(n).isEqualTo(20);
    assertThat(atWorst).containsExactly("LONERANGER_2012");
  }

  @Test
  void referenceIncidents_fromRecordedFactsAlone_areHsifAtWorst() {
    SclClassifier c = Scl.classifier(DescriptionReader.NONE);
    for (IncidentRecord r : Ingest.reference().records()) {
      SclResult s = c.classify(r);
      assertThat(s.sclClass()).as(r.id()).isEqualTo(SclClass.HSIF);
      assertThat(s.atWorst()).as(r.id()).isEqualTo(!s.answer(SclQuestion.HIGH_ENERGY).known());
    }
  }
}
