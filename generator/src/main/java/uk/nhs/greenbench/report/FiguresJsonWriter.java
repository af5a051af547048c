package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

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
                for (int i = 0; i < FiguresCsvWriter.FIGURE_COLUMNS; i++) {
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
            g.writeArrayFieldStart("trends");
            for (TrendRow t : figures.trends()) trend(g, t);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A trend: who, which indicator, every year's figure, the change since the baseline, the split and Net Zero check. */
    private static void trend(JsonGenerator g, TrendRow t) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", t.org().level().id());
        g.writeStringField("code", t.org().code());
        g.writeStringField("name", t.org().name());
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("unit", t.unit());
        g.writeArrayFieldStart("years");
        for (YearValue y : t.years()) {
            g.writeStartObject();
            g.writeStringField("year", y.year());
            number(g, "value", y.value());
            number(g, "numerator", y.numerator());
            number(g, "denominator", y.denominator());
            g.writeBooleanField("comparable_with_latest", y.comparable());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("baseline_year", t.baselineYear());
        g.writeStringField("latest_year", t.latestYear());
        number(g, "change", t.change());
        number(g, "change_pct", t.changePct());
        g.writeStringField("comparable_from", t.comparableFrom());
        g.writeStringField("comparability_note", t.comparabilityNote());
        if (t.split() != null) {
            g.writeObjectFieldStart("carbon_change");
            g.writeStringField("from_year", t.split().fromYear());
            g.writeStringField("to_year", t.split().toYear());
            number(g, "change_kgco2e", t.split().changeKg());
            number(g, "from_factors_kgco2e", t.split().fromFactorsKg());
            number(g, "from_consumption_kgco2e", t.split().fromConsumptionKg());
            g.writeEndObject();
        }
        if (t.netZero() != null) {
            NetZeroCheck n = t.netZero();
            g.writeObjectFieldStart("net_zero");
            g.writeStringField("status", n.status());
            g.writeStringField("baseline_year", n.baselineYear());
            number(g, "baseline_tco2e", n.baselineT());
            number(g, "latest_tco2e", n.latestT());
            number(g, "path_tco2e", n.pathT());
            number(g, "target_2030_tco2e", n.target2030T());
            number(g, "achieved_annual_pct", n.achievedAnnualPct());
            number(g, "required_annual_pct", n.requiredAnnualPct());
            g.writeEndObject();
        }
        if (t.likeForLike() != null) {
            g.writeObjectFieldStart("like_for_like");
            g.writeNumberField("trusts", t.likeForLike().trusts());
            number(g, "baseline_value", t.likeForLike().baselineValue());
            number(g, "latest_value", t.likeForLike().latestValue());
            number(g, "change_pct", t.likeForLike().changePct());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("flags");
        for (String f : t.flags()) g.writeString(f);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
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
            "coverage", "unit_cost_gbp", "unit_carbon_kgco2e", "peer_rank");
}
