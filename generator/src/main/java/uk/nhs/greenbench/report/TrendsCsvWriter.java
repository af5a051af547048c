package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.Flag;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.model.CarbonSplit;
import uk.nhs.greenbench.model.LikeForLike;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.PeerBand;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes trends.csv, long form: one row per organisation, indicator and year, each with that year's figure and
 * the trend it belongs to (the change from the baseline to the latest year, the carbon split, the Net Zero check,
 * the like-for-like change), so a reader can chart any row set or filter on {@code year = latest_year} for one
 * row per trend. Numbers as in figures.csv.
 */
public final class TrendsCsvWriter {
    public static final List<String> COLUMNS = List.of("level", "code", "name", "peer_group", "ics_code", "region_code",
            "indicator", "theme", "unit", "polarity", "year", "numerator", "denominator", "value", "comparable_with_latest",
            "band_group", "band_n", "band_p10", "band_p25", "band_p50", "band_p75", "band_p90",
            "latest_year", "latest_value", "baseline_year", "baseline_value", "change", "change_pct", "comparable_from",
            "carbon_change_kgco2e", "carbon_change_from_factors_kgco2e", "carbon_change_from_consumption_kgco2e",
            "net_zero_status", "net_zero_latest_tco2e", "net_zero_path_tco2e", "net_zero_2030_tco2e",
            "net_zero_achieved_annual_pct", "net_zero_required_annual_pct", "like_for_like_trusts",
            "like_for_like_baseline_value", "like_for_like_latest_value", "like_for_like_change_pct", "trend_flags", "trend_note");

    private TrendsCsvWriter() {
    }

    public static void write(List<TrendRow> trends, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord(COLUMNS);
            for (TrendRow t : trends) {
                List<String> trend = trendColumns(t);
                for (YearValue y : t.years()) {
                    List<String> v = new ArrayList<>(COLUMNS.size());
                    Cells.who(v, t.org());
                    v.add(t.indicator());
                    v.add(t.theme());
                    v.add(t.unit());
                    v.add(t.polarity());
                    v.add(y.year());
                    v.add(Cells.number(y.numerator()));
                    v.add(Cells.number(y.denominator()));
                    v.add(Cells.number(y.value()));
                    v.add(y.comparable() ? "yes" : "no");
                    band(v, y.band());
                    v.addAll(trend);
                    csv.printRecord(v);
                }
            }
        }
    }

    /** The comparators' percentiles that year, or blanks. */
    private static void band(List<String> v, PeerBand b) {
        if (b == null) {
            for (int i = 0; i < 7; i++) v.add("");
            return;
        }
        v.add(b.group());
        v.add(Integer.toString(b.n()));
        for (double p : new double[]{b.p10(), b.p25(), b.p50(), b.p75(), b.p90()}) v.add(Cells.number(p));
    }

    /** The columns that describe the whole trend, the same on each of its years' rows. */
    private static List<String> trendColumns(TrendRow t) {
        List<String> v = new ArrayList<>();
        v.add(t.latestYear());
        v.add(Cells.number(t.latestValue()));
        v.add(t.baselineYear());
        v.add(Cells.number(t.baselineValue()));
        v.add(Cells.number(t.change()));
        v.add(Cells.number(t.changePct()));
        v.add(t.comparableFrom());
        CarbonSplit s = t.split();
        v.add(s == null ? "" : Cells.number(s.changeKg()));
        v.add(s == null ? "" : Cells.number(s.fromFactorsKg()));
        v.add(s == null ? "" : Cells.number(s.fromConsumptionKg()));
        NetZeroCheck n = t.netZero();
        v.add(n == null ? "" : n.status());
        v.add(n == null ? "" : Cells.number(n.latestT()));
        v.add(n == null ? "" : Cells.number(n.pathT()));
        v.add(n == null ? "" : Cells.number(n.target2030T()));
        v.add(n == null ? "" : Cells.number(n.achievedAnnualPct()));
        v.add(n == null ? "" : Cells.number(n.requiredAnnualPct()));
        LikeForLike l = t.likeForLike();
        v.add(l == null ? "" : String.valueOf(l.trusts()));
        v.add(l == null ? "" : Cells.number(l.baselineValue()));
        v.add(l == null ? "" : Cells.number(l.latestValue()));
        v.add(l == null ? "" : Cells.number(l.changePct()));
        v.add(Cells.text(Flag.join(t.flags())));
        v.add(Cells.text(t.comparabilityNote()));
        return v;
    }
}
