package uk.nhs.greenbench.report;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSelectionTest {
    private static final OrgRef ISLE_OF_WIGHT = new OrgRef(Level.TRUST, "R1F", "Isle of Wight NHS Trust", "Acute - Small", "QRL", "Y59");
    private static final OrgRef BARTS = new OrgRef(Level.TRUST, "R1H", "Barts Health NHS Trust", "Acute - Large", "QMF", "Y56");
    private static final OrgRef HAMPSHIRE = new OrgRef(Level.ICS, "QRL", "NHS Hampshire and Isle of Wight ICB", "", "QRL", "Y59");
    private static final OrgRef SOUTH_EAST = new OrgRef(Level.REGION, "Y59", "South East", "", "", "Y59");
    private static final OrgRef ENGLAND = new OrgRef(Level.NATIONAL, "ENG", "England", "", "", "");

    @Test
    void anIcsSelectsItselfAndItsTrustsButNotItsRegionOrEngland() {
        DocumentSelection qrl = new DocumentSelection(List.of(" qrl "));
        assertThat(qrl.codes()).containsExactly("QRL");
        assertThat(List.of(ISLE_OF_WIGHT, HAMPSHIRE)).allMatch(qrl::includes);
        assertThat(List.of(BARTS, SOUTH_EAST, ENGLAND)).noneMatch(qrl::includes);
    }

    @Test
    void aRegionSelectsItsIcssAndTrustsAndATrustOnlyItself() {
        DocumentSelection region = new DocumentSelection(List.of("Y59"));
        assertThat(List.of(ISLE_OF_WIGHT, HAMPSHIRE, SOUTH_EAST)).allMatch(region::includes);
        assertThat(List.of(BARTS, ENGLAND)).noneMatch(region::includes);
        DocumentSelection trust = new DocumentSelection(List.of("R1H"));
        assertThat(List.of(BARTS)).allMatch(trust::includes);
        assertThat(List.of(ISLE_OF_WIGHT, HAMPSHIRE, SOUTH_EAST, ENGLAND)).noneMatch(trust::includes);
    }

    @Test
    void englandOrNothingNamedSelectsEveryOrganisation() {
        for (DocumentSelection all : List.of(DocumentSelection.ALL, new DocumentSelection(List.of("QRL", "eng")))) {
            assertThat(all.isAll()).isTrue();
            assertThat(List.of(ISLE_OF_WIGHT, BARTS, HAMPSHIRE, SOUTH_EAST, ENGLAND)).allMatch(all::includes);
        }
    }
}
