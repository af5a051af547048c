package uk.nhs.greenbench.report;

import uk.nhs.greenbench.model.CarbonSplit;
import uk.nhs.greenbench.model.LikeForLike;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import org.apache.commons.csv.CSVFormat;
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
            "unit_carbon_kgco2e", "peer_basis", "peer_rank", "source_rows", "comparator", "row_type", "baseline_year", "baseline_value",
            "change", "change_pct", "comparable_from", "carbon_change_kgco2e", "carbon_change_from_factors_kgco2e",
            "carbon_change_from_consumption_kgco2e", "net_zero_status", "net_zero_latest_tco2e", "net_zero_path_tco2e",
            "net_zero_2030_tco2e", "net_zero_achieved_annual_pct", "net_zero_required_annual_pct", "like_for_like_trusts",
            "like_for_like_baseline_value", "like_for_like_latest_value", "like_for_like_change_pct", "trend_note");
    /** How many columns a figure row fills; the trend columns follow from {@code row_type}. */
    static final int FIGURE_COLUMNS = COLUMNS.indexOf("row_type"), TREND_COLUMNS = COLUMNS.size() - FIGURE_COLUMNS;

    private FiguresCsvWriter() {
    }

    public static void write(Figures figures, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(COLUMNS);
            for (FigureRow r : figures.rows()) csv.printRecord(values(r));
            for (TrendRow t : figures.trends()) csv.printRecord(values(t));
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
        v.add("figure");
        for (int i = 1; i < TREND_COLUMNS; i++) v.add("");
        return v;
    }

    /** The first columns, shared by figure and trend rows: year, who, which indicator and its value. */
    private static void identity(List<String> v, String year, OrgRef org, String indicator, Double numerator,
                                 Double denominator, Double value, String unit, String polarity) {
        v.add(year);
        v.add(org.level().id());
        v.add(Cells.text(org.code()));
        v.add(Cells.text(org.name()));
        v.add(Cells.text(org.peerGroup()));
        v.add(org.icsCode());
        v.add(org.regionCode());
        v.add(indicator);
        v.add(Cells.number(numerator));
        v.add(Cells.number(denominator));
        v.add(Cells.number(value));
        v.add(unit);
        v.add(polarity);
    }

    /**
     * A trend row: who and which indicator, the latest year's figure in the figure columns (no benchmark or
     * saving), its flags in quality_flags, and the trend in the trend columns.
     */
    static List<String> values(TrendRow t) {
        List<String> v = new ArrayList<>(COLUMNS.size());
        YearValue latest = t.latest();
        identity(v, t.latestYear(), t.org(), t.indicator(), latest.numerator(), latest.denominator(), t.latestValue(), t.unit(),
                t.polarity());
        for (int i = 0; i < 12; i++) v.add("");
        v.add(Cells.text(String.join("; ", t.flags())));
        v.add(t.theme());
        while (v.size() < FIGURE_COLUMNS) v.add("");
        v.add("trend");
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
        v.add(Cells.text(t.comparabilityNote()));
        return v;
    }
}
