package uk.nhs.greenbench.bench;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.report.DocumentQueue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DocumentCpuTest {
    private static final OrgRef ENGLAND = new OrgRef(Level.NATIONAL, "ENG", "England", "", "", "");
    private static final OrgRef A = new OrgRef(Level.TRUST, "RAA", "Trust A", "", "", "");
    private static final OrgRef B = new OrgRef(Level.TRUST, "RBB", "Trust B", "", "", "");

    private final DocumentCpu cpu = new DocumentCpu(new DocumentQueue.Stats(List.of(
            new DocumentQueue.Written("report", ENGLAND, "ENG-england.pdf", 400_000_000L),
            new DocumentQueue.Written("workbook", ENGLAND, "ENG-england.xlsx", 90_000_000L),
            new DocumentQueue.Written("report", A, "RAA-trust-a.pdf", 40_000_000L),
            new DocumentQueue.Written("workbook", A, "RAA-trust-a.xlsx", 30_000_000L),
            new DocumentQueue.Written("report", B, "RBB-trust-b.pdf", 60_000_000L),
            new DocumentQueue.Written("report", B, "RBB-unmeasured.pdf", -1))));

    @Test
    void averagesAKindOverTheDocumentsWhoseTimeWasMeasured() {
        assertThat(cpu.perDocument("report").getAsDouble()).isCloseTo(0.5 / 3, within(1e-12));
    }

    @Test
    void separatesTrustsFromAreas() {
        assertThat(cpu.perDocument("report", true).getAsDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(cpu.perDocument("report", false).getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(cpu.perDocument("workbook", false).getAsDouble()).isCloseTo(0.09, within(1e-12));
    }

    @Test
    void findsTheReportsOfTheWorkbooksInASampleByTheirFileNames() {
        assertThat(cpu.perDocument("report", List.of("RAA-trust-a")).getAsDouble()).isCloseTo(0.04, within(1e-12));
        assertThat(cpu.perDocument("report", List.of("RZZ-no-such-trust"))).isEmpty();
    }
}
