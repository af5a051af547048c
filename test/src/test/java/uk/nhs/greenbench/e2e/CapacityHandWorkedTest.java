package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Electrification headroom worked out by hand from ERIC 2023/24 site rows, against capacity.csv: the Royal Free Hospital
 * (RAL01, headroom to spare), Manchester's Island Site (R0A01, over its capacity already), and Royal Cornwall Hospitals
 * (REF, eight sites in all four verdicts). The assumptions are factors/capacity.json's (the seasonal COP factors.json's); the carbon factors are read from
 * the trust's workbook (its Assumptions sheet's named cells).
 */
class CapacityHandWorkedTest {
    // factors/capacity.json
    private static final double POWER_FACTOR = 0.95, EFFICIENCY = 0.84, COP = 2.0;
    // factors/factors.json's heat_pump_scop, shared with the fossil-heating saving
    private static final double SEASONAL_COP = 2.8;
    private static final double FULL_LOAD_HOURS = 24 * 2462 / (15.5 - -6);
    private static List<CSVRecord> eric;
    private static List<CSVRecord> capacity;

    @BeforeAll
    static void read() throws Exception {
        try (Reader r = Files.newBufferedReader(Packs.home().resolve("data/eric/2023-24/ERIC_Site.csv"), StandardCharsets.UTF_8)) {
            eric = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        capacity = Packs.csv(Packs.pack(Packs.LATEST).resolve("capacity.csv"));
    }

    private static CSVRecord ericSite(String code) {
        return eric.stream().filter(s -> s.get("Site Code").equals(code)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> ericSitesOf(String trust) {
        return eric.stream().filter(s -> s.get(0).replace("\uFEFF", "").equals(trust)).toList();
    }

    private static CSVRecord row(String level, String code, String site) {
        return capacity.stream().filter(r -> r.get("level").equals(level) && r.get("code").equals(code)
                && r.get("site_code").equals(site)).findFirst().orElseThrow();
    }

    private static double num(CSVRecord r, String header) {
        String v = r.get(header).replace(",", "").trim();
        return v.isEmpty() || v.equals("N/A") ? Double.NaN : Double.parseDouble(v);
    }

    private static double orZero(CSVRecord r, String header) {
        double v = num(r, header);
        return Double.isNaN(v) ? 0 : v;
    }

    private static double named(XSSFWorkbook wb, String name) {
        CellReference ref = new CellReference(wb.getName(name).getRefersToFormula());
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
    }

    /** Headroom, heat, added load and verdict of one site, by hand. */
    private record Hand(double headroom, double fossil, double heat, double load, double annual, String verdict) {
        static Hand of(CSVRecord s) {
            double demand = num(s, "Maximum electrical demand (kW)"), kva = num(s, "Available electrical capacity (kVA)");
            double fossil = orZero(s, "Gas consumed (kWh)") + orZero(s, "Oil consumed (kWh)");
            double heat = fossil * EFFICIENCY, load = heat / FULL_LOAD_HOURS / COP;
            boolean known = demand > 0 && kva > 0;
            double headroom = known ? kva * POWER_FACTOR - demand : Double.NaN;
            String verdict = fossil <= 0 ? "no_fossil_heat" : !known ? "not_known" : load <= headroom ? "within" : "upgrade";
            return new Hand(headroom, fossil, heat, load, heat / SEASONAL_COP, verdict);
        }
    }

    private static void assertSite(CSVRecord out, Hand hand) {
        if (!Double.isNaN(hand.headroom())) assertThat(num(out, "headroom_kw")).isCloseTo(hand.headroom(), within(1e-6));
        else assertThat(out.get("headroom_kw")).isEmpty();
        assertThat(num(out, "fossil_kwh")).isCloseTo(hand.fossil(), within(1e-6));
        assertThat(num(out, "heat_kwh")).isCloseTo(hand.heat(), within(1e-6));
        assertThat(num(out, "added_load_kw")).isCloseTo(hand.load(), within(1e-9));
        assertThat(num(out, "added_electricity_kwh")).isCloseTo(hand.annual(), within(1e-6));
        assertThat(out.get("verdict")).isEqualTo(hand.verdict());
    }

    @Test
    void theRoyalFreeCanElectrifyItsHeatWithinTodaysCapacity() {
        CSVRecord s = ericSite("RAL01");
        Hand hand = Hand.of(s);
        // 30,000 kVA × 0.95 − 4,707 kW = 23,793 kW of headroom; 113.5 GWh of fuel → 95.4 GWh of heat → 17,352 kW at peak.
        assertThat(hand.headroom()).isCloseTo(23_793, within(1e-6));
        assertThat(hand.load()).isCloseTo(17_352, within(1.0));
        CSVRecord out = row("site", "RAL", "RAL01");
        assertSite(out, hand);
        assertThat(out.get("verdict_text")).isEqualTo("can electrify within today's capacity");
        assertThat(num(out, "load_to_headroom")).isCloseTo(hand.load() / hand.headroom(), within(1e-12));
        assertThat(out.get("shortfall_kw")).isEmpty();
        assertThat(out.get("source_row")).isEqualTo("ERIC_Site.csv, row " + (s.getRecordNumber() + 1));
    }

    @Test
    void manchestersIslandSiteIsOverItsCapacityAlreadyAndNeedsTheWholeLoadAndMore() {
        Hand hand = Hand.of(ericSite("R0A01"));
        // 10,350 kVA × 0.95 − 10,136 kW = −303.5 kW: the site already draws more than its supply allows at 0.95.
        assertThat(hand.headroom()).isCloseTo(-303.5, within(1e-9));
        CSVRecord out = row("site", "R0A", "R0A01");
        assertSite(out, hand);
        assertThat(num(out, "shortfall_kw")).isCloseTo(hand.load() - hand.headroom(), within(1e-9));
        assertThat(out.get("load_to_headroom")).as("no positive headroom to divide by").isEmpty();
        assertThat(out.get("verdict_text")).isEqualTo("needs about 12,000 kW more capacity");
    }

    @Test
    void royalCornwallsSitesAreCountedByVerdictAndTheirShortfallCarbonAndPoundsAdded() throws Exception {
        List<CSVRecord> sites = ericSitesOf("REF");
        assertThat(sites).hasSize(8);
        double gas, oil, grid, elecCost = 0, elecKwh = 0, gasCost = 0, gasKwh = 0, oilCost = 0, oilKwh = 0;
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(Packs.LATEST, "REF"))) {
            gas = named(wb, "f_natural_gas");
            oil = named(wb, "f_fuel_oil");
            grid = named(wb, "f_electricity_grid");
        }
        String[] elecCosts = {"Electricity - green electricity tariff costs (£)", "Electricity - trust owned solar costs (£)",
                "Electricity - third party owned solar costs (£)", "Electricity - other renewables costs (£)", "Electricity - other costs (£)"};
        String[] elecUse = {"Electricity - green electricity consumed (kWh)", "Electricity - trust owned solar consumed (kWh)",
                "Electricity - third party owned solar consumed (kWh)", "Electricity - other renewables consumed (kWh)", "Electricity - other consumed (kWh)"};
        for (CSVRecord s : sites) {
            double cost = 0, kwh = 0;
            for (String c : elecCosts) cost += orZero(s, c);
            for (String u : elecUse) kwh += orZero(s, u);
            if (cost > 0 && kwh > 0) {
                elecCost += cost;
                elecKwh += kwh;
            }
            if (orZero(s, "Gas costs (£)") > 0 && orZero(s, "Gas consumed (kWh)") > 0) {
                gasCost += orZero(s, "Gas costs (£)");
                gasKwh += orZero(s, "Gas consumed (kWh)");
            }
            if (orZero(s, "Oil costs (£)") > 0 && orZero(s, "Oil consumed (kWh)") > 0) {
                oilCost += orZero(s, "Oil costs (£)");
                oilKwh += orZero(s, "Oil consumed (kWh)");
            }
        }
        int[] count = new int[4];
        double[] area = new double[4];
        String[] verdicts = {"within", "upgrade", "not_known", "no_fossil_heat"};
        double shortfall = 0, load = 0, carbon = 0, pounds = 0;
        for (CSVRecord s : sites) {
            Hand hand = Hand.of(s);
            assertSite(row("site", "REF", s.get("Site Code")), hand);
            int v = List.of(verdicts).indexOf(hand.verdict());
            count[v]++;
            area[v] += orZero(s, "Gross internal floor area (m²)");
            if (hand.verdict().equals("upgrade")) shortfall += hand.load() - hand.headroom();
            load += hand.load();
            double g = orZero(s, "Gas consumed (kWh)"), o = orZero(s, "Oil consumed (kWh)");
            carbon += (hand.annual() * grid - g * gas - o * oil) / 1000;
            pounds += hand.annual() * elecCost / elecKwh - g * gasCost / gasKwh - (o > 0 ? o * oilCost / oilKwh : 0);
        }
        assertThat(count).as("one site within, two needing more, two not reported, three with no fossil heat").containsExactly(1, 2, 2, 3);
        CSVRecord trust = row("trust", "REF", "");
        for (int v = 0; v < 4; v++) {
            assertThat(num(trust, "sites_" + verdicts[v])).as(verdicts[v]).isEqualTo(count[v]);
            assertThat(num(trust, "floor_area_" + verdicts[v] + "_m2")).as(verdicts[v]).isCloseTo(area[v], within(1e-6));
        }
        assertThat(num(trust, "sites")).isEqualTo(8);
        assertThat(num(trust, "shortfall_kw")).isCloseTo(shortfall, within(1e-6));
        assertThat(num(trust, "added_load_kw")).isCloseTo(load, within(1e-6));
        assertThat(num(trust, "carbon_change_tco2e")).isCloseTo(carbon, within(1e-6));
        assertThat(num(trust, "cost_change_gbp")).isCloseTo(pounds, within(1e-3));
    }

    @Test
    void everyAreaAddsItsMembersAndEnglandCountsEverySiteOnce() throws Exception {
        CSVRecord england = row("national", "ENG", "");
        long sites = capacity.stream().filter(r -> r.get("level").equals("site")).count();
        assertThat(num(england, "sites")).isEqualTo(sites);
        for (String v : List.of("within", "upgrade", "not_known", "no_fossil_heat")) {
            long n = capacity.stream().filter(r -> r.get("level").equals("site") && r.get("verdict").equals(v)).count();
            assertThat(num(england, "sites_" + v)).as(v).isEqualTo(n);
        }
        double shortfall = capacity.stream().filter(r -> r.get("level").equals("trust")).mapToDouble(r -> num(r, "shortfall_kw")).sum();
        assertThat(num(england, "shortfall_kw")).isCloseTo(shortfall, within(1e-6 * shortfall));
    }

    @Test
    void thePathsStartAtTheEstatesCarbonAndTheGapIsMeasuredToTheNetZeroPath() throws Exception {
        List<CSVRecord> paths = Packs.csv(Packs.pack(Packs.LATEST).resolve("carbon-paths.csv"));
        double estates = Packs.num(Packs.figure(Packs.LATEST, "trust", "REF", "estates-carbon-intensity"), "numerator") / 1000;
        List<CSVRecord> ref = paths.stream().filter(p -> p.get("level").equals("trust") && p.get("code").equals("REF")).toList();
        assertThat(ref).hasSize(2040 - 2023 + 1);
        for (String scenario : List.of("grid_only_tco2e", "with_growth_tco2e", "electrified_tco2e", "with_savings_tco2e")) {
            assertThat(num(ref.get(0), scenario)).as(scenario + " in 2023").isCloseTo(estates, within(1e-6));
        }
        // The grid falls from 171 to 50 g/kWh by 2030 and holds: (a) falls to 2030, then is flat; demand growth is 0.
        assertThat(num(ref.get(7), "grid_only_tco2e")).isLessThan(num(ref.get(0), "grid_only_tco2e"));
        assertThat(num(ref.get(17), "grid_only_tco2e")).isCloseTo(num(ref.get(7), "grid_only_tco2e"), within(1e-9));
        assertThat(num(ref.get(17), "with_growth_tco2e")).isCloseTo(num(ref.get(17), "grid_only_tco2e"), within(1e-9));
        for (CSVRecord p : ref) assertThat(num(p, "with_savings_tco2e")).isLessThanOrEqualTo(num(p, "electrified_tco2e") + 1e-9);
        assertThat(num(ref.get(17), "net_zero_path_tco2e")).isZero();
        CSVRecord trust = row("trust", "REF", "");
        assertThat(num(trust, "gap_2030_tco2e")).isCloseTo(num(ref.get(7), "with_savings_tco2e") - num(ref.get(7), "net_zero_path_tco2e"), within(1e-6));
        assertThat(num(trust, "gap_2040_tco2e")).isCloseTo(num(ref.get(17), "with_savings_tco2e"), within(1e-6));
    }

    @Test
    void demandGrowthSetOnTheCommandLineCompoundsEveryScenarioFromTheDataYear(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        Packs.Run run = Packs.run("generate", "-q", "--year", Packs.LATEST, "--only", "tables", "--demand-growth", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> grown = Packs.csv(out.resolve(Packs.LATEST).resolve("carbon-paths.csv")).stream()
                .filter(p -> p.get("level").equals("national")).toList();
        assertThat(grown).hasSize(18);
        for (CSVRecord p : grown) {
            int years = Integer.parseInt(p.get("year")) - 2023;
            assertThat(num(p, "with_growth_tco2e")).isCloseTo(num(p, "grid_only_tco2e") * Math.pow(1.02, years), within(1e-6 * num(p, "with_growth_tco2e")));
            assertThat(num(p, "demand_growth_pct")).isEqualTo(2);
        }
        assertThat(Packs.run("generate", "--demand-growth", "95", "--out", out.toString()).exitCode()).as("95% a year is a typo").isEqualTo(2);
    }
}
