package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.Flag;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static uk.nhs.greenbench.report.FiguresJsonWriter.number;

/** Writes trends.json: the trends of trends.csv, one object per organisation and indicator with its years nested. */
public final class TrendsJsonWriter {
    private TrendsJsonWriter() {
    }

    public static void write(String year, List<TrendRow> trends, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("year", year);
            g.writeArrayFieldStart("trends");
            for (TrendRow t : trends) trend(g, t);
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
            if (y.band() != null) {
                g.writeObjectFieldStart("band");
                g.writeStringField("group", y.band().group());
                g.writeNumberField("n", y.band().n());
                number(g, "p10", y.band().p10());
                number(g, "p25", y.band().p25());
                number(g, "p50", y.band().p50());
                number(g, "p75", y.band().p75());
                number(g, "p90", y.band().p90());
                g.writeEndObject();
            }
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
        for (Flag f : t.flags()) g.writeString(f.toString());
        g.writeEndArray();
        g.writeEndObject();
    }

}
