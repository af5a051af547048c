package uk.nhs.greenbench.report;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentQueueTest {
    private static final OrgRef ENGLAND = new OrgRef(Level.NATIONAL, "ENG", "England", "", "", "");

    private static OrgRef trust(int i) {
        return new OrgRef(Level.TRUST, "T" + i, "Trust " + i, "Acute", "QE1", "Y62");
    }

    @Test
    void theLargestAreasWorkbookAndReportAreNeverWrittenAtTheSameTimeWhileTheOtherCoresGoOn() throws IOException {
        AtomicInteger englandInFlight = new AtomicInteger(), mostEngland = new AtomicInteger(), trustsDuringEngland = new AtomicInteger();
        Set<String> written = ConcurrentHashMap.newKeySet();
        Document.Writer writer = (file, org) -> {
            if (org.equals(ENGLAND)) {
                mostEngland.accumulateAndGet(englandInFlight.incrementAndGet(), Math::max);
                pause(50);
                englandInFlight.decrementAndGet();
            } else {
                if (englandInFlight.get() > 0) trustsDuringEngland.incrementAndGet();
                pause(2);
            }
            written.add(file.toString());
        };
        List<Document> docs = new ArrayList<>();
        for (String kind : List.of("workbook", "report")) {
            docs.add(new Document(kind, ENGLAND, Path.of("ENG." + kind), writer));
            for (int i = 0; i < 20; i++) docs.add(new Document(kind, trust(i), Path.of(i + "." + kind), writer));
        }

        DocumentQueue.Stats stats = DocumentQueue.writeAll(docs, 3, message -> { });

        assertThat(written).hasSize(42);
        assertThat(stats.documents()).containsEntry("workbook", 21).containsEntry("report", 21);
        assertThat(stats.written()).as("each document once, with its organisation and file").hasSize(42)
                .extracting(w -> w.org().code() + " " + w.fileName()).contains("ENG ENG.report", "ENG ENG.workbook")
                .doesNotHaveDuplicates();
        assertThat(mostEngland.get()).as("England's documents in memory at once").isEqualTo(1);
        assertThat(trustsDuringEngland.get()).as("trusts written beside England's documents").isPositive();
    }

    @Test
    void aFailureWhileTheOtherLargestDocumentWaitsStopsTheQueueAndIsReported() {
        Document.Writer failing = (file, org) -> {
            if (org.equals(ENGLAND)) {
                pause(20);
                throw new IOException("disk full writing " + file);
            }
        };
        List<Document> docs = List.of(new Document("workbook", ENGLAND, Path.of("ENG.xlsx"), failing),
                new Document("report", ENGLAND, Path.of("ENG.pdf"), failing));
        assertThatThrownBy(() -> DocumentQueue.writeAll(docs, 2, message -> { })).isInstanceOf(IOException.class)
                .hasMessageStartingWith("disk full writing ENG.");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
