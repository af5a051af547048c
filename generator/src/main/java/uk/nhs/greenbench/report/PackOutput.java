package uk.nhs.greenbench.report;

import uk.nhs.greenbench.figures.YearFigures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One kind of output of a pack (the tables, the workbooks, the reports): it renders the figures it is handed and
 * never computes one.
 */
public interface PackOutput {
    /**
     * Writes what is quick to write straight into the pack folder, and returns the documents to be written on every
     * core by the {@link DocumentQueue} (none for the tables).
     */
    List<Document> prepare(YearFigures year, Path folder) throws IOException;

    /** The step of writing a pack this output's {@link #prepare} is timed in by the benchmark. */
    default String stage() {
        return "tables";
    }
}
