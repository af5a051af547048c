package uk.nhs.greenbench.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.Figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes figures.json: the same rows and columns as figures.csv, numbers as JSON numbers, missing as null. */
public final class FiguresJsonWriter {
    private FiguresJsonWriter() {
    }

    public static void write(Figures figures, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("year", figures.year());
            g.writeStringField("factor_set", figures.factors().label());
            g.writeArrayFieldStart("figures");
            for (FigureRow r : figures.rows()) {
                List<String> values = FiguresCsvWriter.values(r);
                g.writeStartObject();
                for (int i = 0; i < FiguresCsvWriter.COLUMNS.size(); i++) {
                    String col = FiguresCsvWriter.COLUMNS.get(i);
                    String v = values.get(i);
                    if (NUMERIC.contains(col)) {
                        if (v.isEmpty()) g.writeNullField(col);
                        else g.writeNumberField(col, new java.math.BigDecimal(v));
                    } else {
                        g.writeStringField(col, rawText(col, r, v));
                    }
                }
                if (!r.numeratorFactors().isEmpty()) {
                    // Σ quantity × factor (manifest.json) gives the numerator: what a carbon change is split with.
                    g.writeObjectFieldStart("numerator_factor_quantities");
                    for (var q : r.numeratorFactors().entrySet()) number(g, q.getKey(), q.getValue());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) g.writeNullField(field);
        else g.writeNumberField(field, new java.math.BigDecimal(Cells.number(v)));
    }

    /** JSON is not opened by spreadsheets: names are written exactly as published. */
    private static String rawText(String col, FigureRow r, String csvValue) {
        return switch (col) {
            case "code" -> r.org().code();
            case "name" -> r.org().name();
            case "peer_group" -> r.org().peerGroup();
            case "quality_flags" -> r.qualityFlags();
            case "source_rows" -> r.sourceRows();
            case "comparator" -> r.benchmark().comparator();
            default -> csvValue;
        };
    }

    private static final java.util.Set<String> NUMERIC = java.util.Set.of("numerator", "denominator", "value",
            "peer_n", "peer_median", "peer_q1", "peer_q3", "percentile", "saving_typical_units", "saving_typical_gbp",
            "saving_typical_tco2e", "saving_stretch_units", "saving_stretch_gbp", "saving_stretch_tco2e", "members",
            "coverage", "unit_cost_gbp", "unit_carbon_kgco2e", "peer_rank", "peer_min", "peer_max", "saving_target_units",
            "saving_target_gbp", "saving_target_tco2e");
}
