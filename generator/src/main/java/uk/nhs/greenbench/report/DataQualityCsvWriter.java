package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.quality.QualityIssue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes data-quality.csv: every finding, with the organisation, indicator and source row it concerns. */
public final class DataQualityCsvWriter {
    private DataQualityCsvWriter() {
    }

    public static void write(Figures figures, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord("year", "issue", "code", "indicator", "source", "message");
            for (QualityIssue i : figures.issues()) {
                csv.printRecord(figures.year(), i.code(), Cells.text(i.orgCode()), i.indicator(), Cells.text(i.source()), Cells.text(i.message()));
            }
        }
    }
}
