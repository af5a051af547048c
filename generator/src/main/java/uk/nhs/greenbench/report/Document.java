package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.OrgRef;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One document of a pack still to be written: a workbook or a report for one organisation.
 *
 * @param kind   what it is, for progress and the benchmark: {@code workbook} or {@code report}
 * @param file   where it goes
 * @param writer writes it; it builds everything it needs and keeps nothing once written
 */
public record Document(String kind, OrgRef org, Path file, Writer writer) {
    /** Writes one document to its file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file, OrgRef org) throws IOException;
    }

    /** Larger areas take longer: starting them first keeps every core busy to the end. */
    int expectedCost() {
        return switch (org.level()) {
            case NATIONAL -> 4;
            case REGION -> 3;
            case ICS -> 2;
            default -> 1;
        };
    }
}
