package uk.nhs.greenbench.factor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.greenbench.ingest.EricLayout;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.NumberParser;
import uk.nhs.greenbench.ingest.TextDecoding;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The NHS Sustainable Development Unit's carbon factor table ({@code CarbonFactors.csv}): one row per factor,
 * one column per financial year 2007-08 … 2020-21, values in kgCO2e per unit.
 */
public final class SduFactorTable {
    private final String fileName;
    private final List<String> years;
    private final List<CSVRecord> records;

    private SduFactorTable(String fileName, List<String> years, List<CSVRecord> records) {
        this.fileName = fileName;
        this.years = years;
        this.records = records;
    }

    public static SduFactorTable read(Path file) {
        try {
            String text = TextDecoding.decode(Files.readAllBytes(file)).text();
            try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
                List<CSVRecord> all = p.getRecords();
                if (all.isEmpty()) throw new InputException(file.getFileName() + ": the file is empty");
                List<String> years = new ArrayList<>();
                for (String h : all.get(0).toList()) if (h.matches("\\d{4}-\\d{2}")) years.add(h);
                return new SduFactorTable(file.getFileName().toString(), years, all.subList(1, all.size()));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public boolean hasYear(String financialYear) {
        return years.contains(financialYear);
    }

    public List<String> years() {
        return years;
    }

    public String fileName() {
        return fileName;
    }

    /** A factor value by its {@code name} column; identical duplicate rows (the table has some) are fine. */
    public OptionalDouble value(String name, String financialYear) {
        int col = years.indexOf(financialYear) + 4;
        if (col < 4) return OptionalDouble.empty();
        Double found = null;
        int foundRow = 0;
        for (CSVRecord r : records) {
            if (r.size() <= col || !EricLayout.normalise(r.get(1)).equals(EricLayout.normalise(name))) continue;
            double v;
            try {
                OptionalDouble parsed = NumberParser.parse(r.get(col));
                if (parsed.isEmpty()) continue;
                v = parsed.getAsDouble();
            } catch (NumberParser.NotANumber e) {
                throw InputException.at(fileName, (int) r.getRecordNumber() + 1, financialYear, e.getMessage());
            }
            if (found != null && found != v) {
                throw new InputException(fileName + ": factor \"" + name + "\" has different values for " + financialYear
                        + " on rows " + foundRow + " and " + (r.getRecordNumber() + 1));
            }
            found = v;
            foundRow = (int) r.getRecordNumber() + 1;
        }
        return found == null ? OptionalDouble.empty() : OptionalDouble.of(found);
    }

    /** The 1-based row of a factor, for citations. */
    public int rowOf(String name) {
        for (CSVRecord r : records) {
            if (r.size() > 1 && EricLayout.normalise(r.get(1)).equals(EricLayout.normalise(name))) return (int) r.getRecordNumber() + 1;
        }
        return -1;
    }
}
