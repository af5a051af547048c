package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.figures.Figures;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes figures.csv: one row per organisation or area and indicator; numbers unrounded with a {@code .}
 * decimal and no thousands separators; an empty cell where a figure could not be computed (quality_flags
 * says why). Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class FiguresCsvWriter {
    public static final List<String> COLUMNS = List.of("year", "level", "code", "name", "peer_group", "ics_code",
            "region_code", "indicator", "numerator", "denominator", "value", "unit", "polarity", "peer_n",
            "peer_median", "peer_q1", "peer_q3", "percentile", "saving_typical_units", "saving_typical_gbp",
            "saving_typical_tco2e", "saving_stretch_units", "saving_stretch_gbp", "saving_stretch_tco2e",
            "factor_year", "quality_flags", "theme", "saving_unit", "members", "coverage", "unit_cost_gbp",
            "unit_carbon_kgco2e", "peer_basis", "peer_rank", "source_rows", "comparator", "peer_min", "peer_max",
            "saving_target_units", "saving_target_gbp", "saving_target_tco2e");

    private FiguresCsvWriter() {
    }

    public static void write(Figures figures, Path file) throws IOException {
        write(figures.rows(), file);
    }

    /** Some of a year's rows (one organisation's, for its web page) in figures.csv's columns. */
    public static void write(java.util.Collection<FigureRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord(COLUMNS);
            for (FigureRow r : rows) csv.printRecord(values(r));
        }
    }

    static List<String> values(FigureRow r) {
        List<String> v = new ArrayList<>(COLUMNS.size());
        identity(v, r.year(), r.org(), r.indicator(), r.numerator(), r.denominator(), r.value(), r.unit(), r.polarity());
        v.add(r.benchmark().peerN() == null ? "" : r.benchmark().peerN().toString());
        v.add(Cells.number(r.benchmark().median()));
        v.add(Cells.number(r.benchmark().q1()));
        v.add(Cells.number(r.benchmark().q3()));
        v.add(Cells.number(r.benchmark().percentile()));
        v.add(Cells.number(r.typical().units()));
        v.add(Cells.number(r.typical().gbp()));
        v.add(Cells.number(r.typical().tco2e()));
        v.add(Cells.number(r.stretch().units()));
        v.add(Cells.number(r.stretch().gbp()));
        v.add(Cells.number(r.stretch().tco2e()));
        v.add(r.factorYear());
        v.add(Cells.text(r.qualityFlags()));
        v.add(r.theme());
        v.add(r.savingUnit());
        v.add(String.valueOf(r.members()));
        v.add(Cells.number(r.coverage()));
        v.add(Cells.number(r.unitCostGbp()));
        v.add(Cells.number(r.unitCarbonKg()));
        v.add(r.benchmark().basis());
        v.add(r.benchmark().rank() == null ? "" : r.benchmark().rank().toString());
        v.add(Cells.text(r.sourceRows()));
        v.add(Cells.text(r.benchmark().comparator()));
        v.add(Cells.number(r.benchmark().min()));
        v.add(Cells.number(r.benchmark().max()));
        v.add(Cells.number(r.target().units()));
        v.add(Cells.number(r.target().gbp()));
        v.add(Cells.number(r.target().tco2e()));
        return v;
    }

    private static void identity(List<String> v, String year, OrgRef org, String indicator, Double numerator,
                                 Double denominator, Double value, String unit, String polarity) {
        v.add(year);
        Cells.who(v, org);
        v.add(indicator);
        v.add(Cells.number(numerator));
        v.add(Cells.number(denominator));
        v.add(Cells.number(value));
        v.add(unit);
        v.add(polarity);
    }

}
