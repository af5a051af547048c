package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes capacity.csv: one row per trust, ICS, region and England (level as in figures.csv) with its sites counted
 * by verdict and the sums over them, and after each trust one row per site ({@code level = site}) with its headroom,
 * the load electrifying its heat adds, and the verdict. Numbers unrounded, as in figures.csv.
 */
public final class CapacityCsvWriter {
    public static final List<String> COLUMNS = List.of("level", "code", "name", "peer_group", "ics_code", "region_code",
            "site_code", "site_name", "site_type", "floor_area_m2", "sites", "max_demand_kw", "available_capacity_kva",
            "headroom_kw", "gas_kwh", "oil_kwh", "coal_kwh", "fossil_kwh", "heat_kwh", "added_load_kw", "load_to_headroom", "verdict",
            "verdict_text", "shortfall_kw", "added_electricity_kwh", "carbon_out_tco2e", "carbon_in_tco2e", "carbon_change_tco2e",
            "cost_out_gbp", "cost_in_gbp", "cost_change_gbp", "chp_units", "heat_pumps",
            "sites_within", "floor_area_within_m2", "sites_upgrade", "floor_area_upgrade_m2", "sites_not_known",
            "floor_area_not_known_m2", "sites_no_fossil_heat", "floor_area_no_fossil_heat_m2", "unpriced_trusts",
            "estates_tco2e", "electrified_2030_tco2e", "electrified_2040_tco2e", "with_savings_2030_tco2e",
            "with_savings_2040_tco2e", "net_zero_2030_tco2e", "net_zero_2040_tco2e", "gap_2030_tco2e", "gap_2040_tco2e",
            "source_row", "note");

    private CapacityCsvWriter() {
    }

    public static void write(Capacity capacity, Path file) throws IOException {
        List<CapacitySummary> orgs = new ArrayList<>(capacity.summaries().values());
        orgs.sort(Comparator.comparing((CapacitySummary s) -> s.org().level()).thenComparing(s -> s.org().code()));
        write(capacity, orgs.stream().map(CapacitySummary::org).toList(), file);
    }

    /** The rows of the organisations given, in their order (a web page's own download: the organisation and its members). */
    public static void write(Capacity capacity, List<OrgRef> orgs, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord(COLUMNS);
            if (!capacity.computed()) {
                List<String> v = blank();
                v.set(0, "national");
                v.set(1, "ENG");
                v.set(2, "England");
                v.set(COLUMNS.indexOf("note"), capacity.notComputed());
                csv.printRecord(v);
                return;
            }
            for (OrgRef org : orgs) {
                CapacitySummary s = capacity.summaryOf(org);
                if (s == null) continue;
                csv.printRecord(summary(s, capacity.pathOf(s.org())));
                if (s.org().level() == uk.nhs.greenbench.model.Level.TRUST) {
                    for (SiteCapacity site : capacity.sitesOf(s.org().code())) csv.printRecord(site(s.org(), site));
                }
            }
        }
    }

    private static List<String> summary(CapacitySummary s, CarbonPath path) {
        List<String> v = new ArrayList<>();
        Cells.who(v, s.org());
        while (v.size() < COLUMNS.size()) v.add("");
        set(v, "floor_area_m2", s.verdicts().stream().mapToDouble(CapacitySummary.VerdictCount::floorAreaM2).sum());
        set(v, "sites", (double) s.sites());
        set(v, "fossil_kwh", s.fossilKwh());
        set(v, "heat_kwh", s.heatKwh());
        set(v, "added_load_kw", s.addedLoadKw());
        set(v, "shortfall_kw", s.shortfallKw());
        set(v, "added_electricity_kwh", s.addedAnnualKwh());
        set(v, "carbon_out_tco2e", s.carbonOutT());
        set(v, "carbon_in_tco2e", s.carbonInT());
        set(v, "carbon_change_tco2e", s.carbonChangeT());
        set(v, "cost_out_gbp", s.costOutGbp());
        set(v, "cost_in_gbp", s.costInGbp());
        set(v, "cost_change_gbp", s.costChangeGbp());
        for (SiteCapacity.Verdict verdict : SiteCapacity.Verdict.values()) {
            set(v, "sites_" + verdict.id(), (double) s.of(verdict).sites());
            set(v, "floor_area_" + verdict.id() + "_m2", s.of(verdict).floorAreaM2());
        }
        set(v, "unpriced_trusts", (double) s.unpricedTrusts());
        if (path != null) {
            set(v, "estates_tco2e", path.estatesT());
            paths(v, path);
            v.set(COLUMNS.indexOf("note"), path.netZeroNote());
        } else {
            v.set(COLUMNS.indexOf("note"), "No carbon path: the estates carbon could not be computed.");
        }
        return v;
    }

    private static void paths(List<String> v, CarbonPath path) {
        for (int year : new int[]{NetZeroCheck.EIGHTY_PERCENT_YEAR, NetZeroCheck.NET_ZERO_YEAR}) {
            CarbonPath.Point p = path.in(year);
            if (p == null) continue;
            set(v, "electrified_" + year + "_tco2e", p.electrifiedT());
            set(v, "with_savings_" + year + "_tco2e", p.withSavingsT());
            set(v, "net_zero_" + year + "_tco2e", p.netZeroT());
            set(v, "gap_" + year + "_tco2e", p.netZeroT() == null ? null : p.withSavingsT() - p.netZeroT());
        }
    }

    private static List<String> site(OrgRef trust, SiteCapacity s) {
        List<String> v = new ArrayList<>();
        Cells.who(v, trust);
        v.set(0, "site");
        while (v.size() < COLUMNS.size()) v.add("");
        v.set(COLUMNS.indexOf("site_code"), Cells.text(s.siteCode()));
        v.set(COLUMNS.indexOf("site_name"), Cells.text(s.siteName()));
        v.set(COLUMNS.indexOf("site_type"), Cells.text(s.siteType()));
        set(v, "floor_area_m2", s.floorAreaM2());
        set(v, "sites", 1.0);
        set(v, "max_demand_kw", s.maxDemandKw());
        set(v, "available_capacity_kva", s.capacityKva());
        set(v, "headroom_kw", s.headroomKw());
        set(v, "gas_kwh", s.gasKwh());
        set(v, "oil_kwh", s.oilKwh());
        set(v, "coal_kwh", s.coalKwh());
        set(v, "fossil_kwh", s.fossilKwh());
        set(v, "heat_kwh", s.heatKwh());
        set(v, "added_load_kw", s.addedLoadKw());
        set(v, "load_to_headroom", s.ratio());
        v.set(COLUMNS.indexOf("verdict"), s.verdict().id());
        v.set(COLUMNS.indexOf("verdict_text"), s.verdictText());
        set(v, "shortfall_kw", s.shortfallKw());
        set(v, "added_electricity_kwh", s.addedAnnualKwh());
        set(v, "carbon_out_tco2e", s.carbonOutKg() / 1000);
        set(v, "carbon_in_tco2e", s.carbonInKg() / 1000);
        set(v, "carbon_change_tco2e", s.carbonChangeT());
        set(v, "cost_out_gbp", s.costOutGbp());
        set(v, "cost_in_gbp", s.costInGbp());
        set(v, "cost_change_gbp", s.costChangeGbp());
        set(v, "chp_units", (double) s.chpUnits());
        set(v, "heat_pumps", (double) s.heatPumps());
        v.set(COLUMNS.indexOf("source_row"), s.sourceRow());
        v.set(COLUMNS.indexOf("note"), s.hasChp() ? "Has a fossil-fuel CHP: its fuel is electrified as heat; the electricity it makes today is not added to demand." : "");
        return v;
    }

    private static void set(List<String> v, String column, Double value) {
        v.set(COLUMNS.indexOf(column), Cells.number(value));
    }

    private static List<String> blank() {
        List<String> v = new ArrayList<>();
        while (v.size() < COLUMNS.size()) v.add("");
        return v;
    }
}
