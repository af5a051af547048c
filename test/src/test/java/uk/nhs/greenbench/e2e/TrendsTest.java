package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.e2e.Packs.num;

/**
 * Trends on the bundled years, worked by hand for the Isle of Wight NHS Trust (R1F) from its figures in each
 * year's pack (themselves checked against the raw ERIC rows in {@link HandWorkedTrustTest}) and the carbon
 * factors in each pack's manifest.
 */
// Reads the shared packs on one core: it runs beside the other tests once a worker is free (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class TrendsTest {
    private static final String LATEST = "2023-24", BASE = "2013-14";
    /** The years from the baseline (2013/14) to the latest (2023/24). */
    private static final int SPAN = 10;


    private static CSVRecord trend(String code, String indicator) throws Exception {
        return Packs.trends(LATEST).stream().filter(r -> r.get("code").equals(code) && r.get("indicator").equals(indicator)
                && r.get("level").equals("trust")).findFirst().orElseThrow();
    }

    private static double value(String year, String code, String indicator) throws Exception {
        return num(Packs.figure(year, "trust", code, indicator), "value");
    }

    /** factor id → value, from a pack's manifest. */
    private static Map<String, Double> factors(String year) throws Exception {
        JsonNode m = new ObjectMapper().readTree(Packs.pack(year).resolve("manifest.json").toFile());
        Map<String, Double> out = new HashMap<>();
        m.get("factor_set").get("factors").forEach(f -> out.put(f.get("id").asText(), f.get("value").asDouble()));
        return out;
    }

    /** factor id → quantity in a trust's numerator, from a pack's figures.json. */
    private static Map<String, Double> quantities(String year, String code, String indicator) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Packs.pack(year).resolve("figures.json").toFile());
        for (JsonNode f : json.get("figures")) {
            if (f.get("level").asText().equals("trust") && f.get("code").asText().equals(code) && f.get("indicator").asText().equals(indicator)) {
                Map<String, Double> out = new HashMap<>();
                f.get("numerator_factor_quantities").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asDouble()));
                return out;
            }
        }
        throw new AssertionError("no figure for " + code + " " + indicator + " in " + year);
    }

    @Test
    void theChangeSinceTheBaselineIsTheLatestValueLessTheEarliestComparableOne() throws Exception {
        CSVRecord t = trend("R1F", "energy-carbon-intensity");
        double base = value(BASE, "R1F", "energy-carbon-intensity"), latest = value(LATEST, "R1F", "energy-carbon-intensity");
        assertThat(t.get("baseline_year")).isEqualTo(BASE);
        assertThat(num(t, "baseline_value")).isCloseTo(base, within(1e-9));
        assertThat(num(t, "value")).isCloseTo(latest, within(1e-9));
        assertThat(num(t, "change")).isCloseTo(latest - base, within(1e-9));
        assertThat(num(t, "change_pct")).isCloseTo((latest - base) / base * 100, within(1e-9));
        assertThat(t.get("comparable_from")).isEmpty();
    }

    @Test
    void carbonChangeSplitsIntoNewFactorsAndTheTrustsOwnChangeAndAddsUp() throws Exception {
        CSVRecord t = trend("R1F", "energy-carbon-intensity");
        Map<String, Double> qBase = quantities(BASE, "R1F", "energy-carbon-intensity");
        Map<String, Double> qLatest = quantities(LATEST, "R1F", "energy-carbon-intensity");
        Map<String, Double> fBase = factors(BASE), fLatest = factors(LATEST);
        double before = 0, after = 0, fromFactors = 0;
        for (var q : qBase.entrySet()) {
            before += q.getValue() * fBase.get(q.getKey());
            fromFactors += q.getValue() * (fLatest.get(q.getKey()) - fBase.get(q.getKey()));
        }
        for (var q : qLatest.entrySet()) after += q.getValue() * fLatest.get(q.getKey());
        // The quantities times the factors are the numerators published in each year's figures.
        assertThat(before).isCloseTo(num(Packs.figure(BASE, "trust", "R1F", "energy-carbon-intensity"), "numerator"), within(1e-3));
        assertThat(after).isCloseTo(num(Packs.figure(LATEST, "trust", "R1F", "energy-carbon-intensity"), "numerator"), within(1e-3));
        assertThat(num(t, "carbon_change_kgco2e")).isCloseTo(after - before, within(1e-3));
        assertThat(num(t, "carbon_change_from_factors_kgco2e")).isCloseTo(fromFactors, within(1e-3));
        assertThat(num(t, "carbon_change_from_consumption_kgco2e")).isCloseTo(after - before - fromFactors, within(1e-3));
        // The grid decarbonised between 2013/14 and 2023/24: new factors alone lowered the trust's carbon.
        assertThat(num(t, "carbon_change_from_factors_kgco2e")).isNegative();
    }

    @Test
    void netZeroPathRunsFromTheBaselineToEightyPercentLessIn2030() throws Exception {
        CSVRecord t = trend("R1F", "energy-carbon-intensity");
        double b = num(Packs.figure(BASE, "trust", "R1F", "energy-carbon-intensity"), "numerator") / 1000;
        double l = num(Packs.figure(LATEST, "trust", "R1F", "energy-carbon-intensity"), "numerator") / 1000;
        double path = b * (1 - 0.8 * SPAN / (2030.0 - 2013)); // 10 of the 17 years from 2013/14 to 2030 gone
        assertThat(num(t, "net_zero_latest_tco2e")).isCloseTo(l, within(1e-6));
        assertThat(num(t, "net_zero_path_tco2e")).isCloseTo(path, within(1e-6));
        assertThat(num(t, "net_zero_2030_tco2e")).isCloseTo(0.2 * b, within(1e-6));
        assertThat(num(t, "net_zero_achieved_annual_pct")).isCloseTo((1 - Math.pow(l / b, 1.0 / SPAN)) * 100, within(1e-9));
        assertThat(num(t, "net_zero_required_annual_pct")).isCloseTo((1 - Math.pow(0.2 * b / l, 1.0 / (2030 - 2023))) * 100, within(1e-9));
        assertThat(t.get("net_zero_status")).isEqualTo(l <= path ? "on track" : "off track");
    }

    @Test
    void aChangeInHowErICCollectsAnIndicatorRestartsItsTrend() throws Exception {
        CSVRecord waste = trend("RJ1", "waste-intensity");
        assertThat(Packs.figure(BASE, "trust", "RJ1", "waste-intensity").get("value")).isNotEmpty();
        assertThat(waste.get("comparable_from")).isEqualTo("2019-20");
        assertThat(waste.get("baseline_year")).isEqualTo("2019-20");
        assertThat(waste.get("trend_note")).startsWith("Not comparable before 2019-20");
        CSVRecord renewable = trend("R1F", "renewable-electricity-share");
        assertThat(renewable.get("change")).isEmpty();
        assertThat(renewable.get("trend_flags")).contains("single_year");
    }

    @Test
    void aChangeFarBeyondThePeerGroupsIsFlaggedForCheckingNotJudged() throws Exception {
        long flagged = Packs.trends(LATEST).stream().filter(r -> r.get("trend_flags").contains("check_the_data")).count();
        assertThat(flagged).isPositive().isLessThan(Packs.trends(LATEST).size() / 10);
    }

    @Test
    void aLikelyUnitErrorIsNoPointOfATrend() throws Exception {
        // R1F reported 521 t of waste per 1,000 m² in 2019/20 (39 times its type's median; 23 in 2023/24): not a baseline.
        assertThat(Packs.figure("2019-20", "trust", "R1F", "waste-intensity").get("quality_flags")).contains("unit_error_likely");
        CSVRecord waste = trend("R1F", "waste-intensity");
        assertThat(waste.get("baseline_year")).isEqualTo(LATEST);
        assertThat(waste.get("change")).isEmpty();
        assertThat(waste.get("trend_flags")).contains("single_year").doesNotContain("check_the_data");
    }

    @Test
    void areasHaveTrendsOfTheirRatioOfSums() throws Exception {
        CSVRecord eng = Packs.trends(LATEST).stream().filter(r -> r.get("level").equals("national")
                && r.get("indicator").equals("energy-intensity")).findFirst().orElseThrow();
        double base = num(Packs.figure(BASE, "national", "ENG", "energy-intensity"), "value");
        assertThat(num(eng, "baseline_value")).isCloseTo(base, within(1e-9));
        assertThat(eng.get("trend_flags")).contains("members_changed(" + Expected.siteTrusts(BASE) + " to " + Expected.siteTrusts("2023-24") + ", "
                + eng.get("like_for_like_trusts") + " in both)");
    }

    @Test
    void everyWorkbookHasATrendsSheetWithTheChangeTheSplitAndTheNetZeroPathChart() throws Exception {
        CSVRecord t = trend("R1F", "energy-carbon-intensity");
        try (var wb = Workbooks.open(Workbooks.trust(LATEST, "R1F"))) {
            var sheet = wb.getSheet("Trends");
            assertThat(sheet).isNotNull();
            org.apache.poi.ss.usermodel.Row found = null;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals("Energy carbon per floor area")) {
                    found = row;
                    break;
                }
            }
            assertThat(found).isNotNull();
            // Indicator, unit, every bundled year, baseline, change, change %, notes
            List<String> names = new java.util.ArrayList<>();
            for (var row : sheet) {
                if (row.getCell(0) != null && "Indicator".equals(row.getCell(0).toString())) {
                    for (var c : row) names.add(c.getStringCellValue());
                    break;
                }
            }
            assertThat(names).containsSubsequence("Indicator", "Unit", "2013-14", "2014-15", "2016-17", "2019-20", "2023-24", "Baseline", "Change");
            assertThat(found.getCell(names.indexOf("Baseline")).getStringCellValue()).isEqualTo(BASE);
            assertThat(found.getCell(names.indexOf("Change")).getNumericCellValue()).isCloseTo(num(t, "change"), within(1e-9));
            assertThat(sheet.getDrawingPatriarch().getCharts()).isNotEmpty();
            // Flags in words: R1F's energy cost rose with the price per kWh.
            String notes = "";
            for (var row : sheet) {
                if (row.getCell(0) != null && "Energy cost per floor area".equals(row.getCell(0).toString())) {
                    notes = row.getCell(names.indexOf("Flags and notes")).getStringCellValue();
                }
            }
            assertThat(notes).startsWith("price shock: the price per unit rose far more than the use (2019-20 to 2023-24: ").doesNotContain("price_shock");
        }
        try (var wb = Workbooks.open(Packs.pack(LATEST).resolve("national/ENG-england.xlsx"))) {
            assertThat(wb.getSheet("Trends")).isNotNull();
        }
    }

    @Test
    void aTrustWhoseEstateGrewByAMergerIsToldItsCarbonTotalComparesDifferentEstates() throws Exception {
        // Guy's and St Thomas' took on the Royal Brompton and Harefield in 2021: its floor area grew by more than a fifth.
        CSVRecord t = trend("RJ1", "estates-carbon-intensity");
        List<CSVRecord> years = Packs.csv(Packs.pack(LATEST).resolve("trends.csv")).stream()
                .filter(r -> r.get("code").equals("RJ1") && r.get("indicator").equals("estates-carbon-intensity")).toList();
        double base = years.stream().filter(r -> r.get("year").equals(t.get("baseline_year"))).mapToDouble(r -> num(r, "denominator")).findFirst().orElseThrow();
        double latest = num(years.stream().filter(r -> r.get("year").equals(LATEST)).findFirst().orElseThrow(), "denominator");
        assertThat(Math.abs(latest / base - 1)).isGreaterThan(0.2);
        assertThat(t.get("trend_flags")).contains("estate_changed(" + String.format(java.util.Locale.UK, "%,.0f to %,.0f m²", base, latest));
        String report = PdfReportsTest.text(PdfReportsTest.report("trusts", "RJ1"));
        assertThat(report).contains(String.format(java.util.Locale.UK, "Its floor area changed between the years (%,.0f to %,.0f m²", base, latest))
                .contains("so the totals compare different estates");
        // A trust whose estate hardly changed is not flagged.
        assertThat(trend("R1F", "estates-carbon-intensity").get("trend_flags")).doesNotContain("estate_changed");
    }

    @Test
    void reportsSayHowCarbonChangedAndWhereTheOrganisationStandsOnTheNetZeroPath() throws Exception {
        CSVRecord eng = Packs.trends(LATEST).stream().filter(r -> r.get("level").equals("national")
                && r.get("indicator").equals("energy-carbon-intensity")).findFirst().orElseThrow();
        String national = PdfReportsTest.text(Packs.pack(LATEST).resolve("national/ENG-england.pdf"));
        // England's members differ between the years, so its sentence leads with the like-for-like change.
        assertThat(eng.get("trend_flags")).contains("members_changed");
        assertThat(national).contains("Trends and the path to Net Zero")
                .contains(String.format(java.util.Locale.UK, "Since " + BASE + ", over the %s member trusts with figures in both years, energy carbon per floor area has %s %.0f%%",
                        eng.get("like_for_like_trusts"), num(eng, "like_for_like_change_pct") < 0 ? "fallen" : "risen",
                        Math.abs(num(eng, "like_for_like_change_pct"))))
                .contains("it is " + eng.get("net_zero_status"));
        CSVRecord r1f = trend("R1F", "energy-carbon-intensity");
        Path workbook = Workbooks.trust(LATEST, "R1F");
        String trust = PdfReportsTest.text(workbook.resolveSibling(workbook.getFileName().toString().replace(".xlsx", ".pdf")));
        assertThat(trust).contains("it is " + r1f.get("net_zero_status"))
                .contains(String.format(java.util.Locale.UK, "%.1f%% a year from now", num(r1f, "net_zero_required_annual_pct")));
    }

    @Test
    void anAreasLikeForLikeChangeIsOverItsTrustsWithAValueInBothYears() throws Exception {
        String ind = "energy-carbon-intensity";
        CSVRecord area = Packs.trends(LATEST).stream().filter(r -> r.get("level").equals("ics") && r.get("code").equals("QRL")
                && r.get("indicator").equals(ind)).findFirst().orElseThrow();
        double numB = 0, denB = 0, numL = 0, denL = 0, scale = 0;
        int trusts = 0;
        for (CSVRecord l : Packs.figures(LATEST)) {
            if (!l.get("level").equals("trust") || !l.get("ics_code").equals("QRL") || !l.get("indicator").equals(ind) || l.get("value").isEmpty()) continue;
            CSVRecord b = Packs.figures(BASE).stream().filter(x -> x.get("level").equals("trust") && x.get("code").equals(l.get("code"))
                    && x.get("indicator").equals(ind) && !x.get("value").isEmpty()).findFirst().orElse(null);
            if (b == null) continue;
            numB += num(b, "numerator");
            denB += num(b, "denominator");
            numL += num(l, "numerator");
            denL += num(l, "denominator");
            scale = num(l, "value") / (num(l, "numerator") / num(l, "denominator"));
            trusts++;
        }
        assertThat(trusts).isPositive();
        assertThat(area.get("baseline_year")).isEqualTo(BASE);
        assertThat(Integer.parseInt(area.get("like_for_like_trusts"))).isEqualTo(trusts);
        assertThat(num(area, "like_for_like_baseline_value")).isCloseTo(numB / denB * scale, within(1e-9));
        assertThat(num(area, "like_for_like_latest_value")).isCloseTo(numL / denL * scale, within(1e-9));
        assertThat(num(area, "like_for_like_change_pct")).isCloseTo((numL / denL - numB / denB) / (numB / denB) * 100, within(1e-9));
        assertThat(trend("R1F", ind).get("like_for_like_trusts")).as("trusts have no like-for-like figure").isEmpty();
    }

    @Test
    void theReportsTrendPageTabulatesEveryYearAndChartsCarbonAgainstTheNetZeroPath() throws Exception {
        CSVRecord t = trend("R1F", "energy-carbon-intensity");
        Path pdf = PdfReportsTest.report("trusts", "R1F");
        String text = PdfReportsTest.text(pdf);
        String page = text.substring(text.indexOf("Trends and the path to Net Zero"));
        assertThat(page).contains("Indicator (unit) 2013-14 2014-15 2016-17 2019-20 2023-24 Change Change % Note")
                .contains(String.format(java.util.Locale.UK, "\u2212%.1f%%", Math.abs(num(t, "change_pct"))))
                .contains("Energy carbon per floor area: " + t.get("net_zero_status") + " on the illustrative Net Zero path from " + BASE)
                // waste restarts in 2019/20: its earlier values are shown in brackets, with the reason in a note
                .containsPattern("Waste per floor area \\(t/1000 m²\\) [0-9.,]+\u2020")
                .contains("not comparable before 2019-20");
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String> alts = new java.util.ArrayList<>();
            PdfReportsTest.collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            // The chart's title is drawn inside it, so its alternative text starts with the title.
            assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("Carbon total behind energy carbon per floor area (tCO2e a year) against "
                            + "an illustrative Net Zero path. Line chart of the carbon total behind energy carbon per floor area")
                    .contains(BASE).contains("greenbench's illustrative Net Zero path").contains("set against 1990"));
        }
    }

    @Test
    void theTrendPageDrawsATrustAgainstItsPeerGroupsPercentileBandsYearByYear() throws Exception {
        // OpenPrescribing's view of a measure over time: Guy's and St Thomas' line against the Acute - Teaching trusts'
        // percentiles in each year, the chart's values in words in its alternative text and equal to trends.csv.
        List<CSVRecord> rows = Packs.csv(Packs.pack(LATEST).resolve("trends.csv")).stream().filter(r -> r.get("level").equals("trust") && r.get("code").equals("RJ1")
                && r.get("indicator").equals("energy-intensity")).toList();
        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat(r.get("band_group")).isEqualTo("Acute - Teaching trusts");
            assertThat(Integer.parseInt(r.get("band_n"))).isGreaterThanOrEqualTo(5);
            assertThat(num(r, "band_p10")).isLessThanOrEqualTo(num(r, "band_p25"));
            assertThat(num(r, "band_p25")).isLessThanOrEqualTo(num(r, "band_p50"));
            assertThat(num(r, "band_p50")).isLessThanOrEqualTo(num(r, "band_p75"));
            assertThat(num(r, "band_p75")).isLessThanOrEqualTo(num(r, "band_p90"));
        });
        // The median of the band is the median of the peer group's values that year, as figures.csv has them.
        CSVRecord latest = rows.get(rows.size() - 1);
        double[] teaching = Packs.figures(LATEST).stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals("energy-intensity")
                && r.get("peer_group").equals("Acute - Teaching") && !r.get("value").isEmpty() && !r.get("quality_flags").contains("unit_error_likely"))
                .mapToDouble(r -> num(r, "value")).sorted().toArray();
        assertThat(Integer.parseInt(latest.get("band_n"))).isEqualTo(teaching.length);
        double median = teaching.length % 2 == 1 ? teaching[teaching.length / 2] : (teaching[teaching.length / 2 - 1] + teaching[teaching.length / 2]) / 2;
        assertThat(num(latest, "band_p50")).isCloseTo(median, within(1e-9));
        try (var d = org.apache.pdfbox.Loader.loadPDF(PdfReportsTest.report("trusts", "RJ1").toFile())) {
            List<String> alts = new java.util.ArrayList<>();
            PdfReportsTest.collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("Energy use per floor area (kWh/m²). Line chart of RJ1 against the percentiles of the "
                    + "Acute - Teaching trusts each year: " + BASE + " ").contains("median").contains("middle half"));
        }
    }

    @Test
    void anEnergyCostRiseThatIsThePriceIsMarkedAPriceShockWithThePricePerKwh() throws Exception {
        CSVRecord cost = Packs.trends(LATEST).stream().filter(r -> r.get("level").equals("national")
                && r.get("indicator").equals("energy-cost-intensity") && r.get("year").equals(LATEST)).findFirst().orElseThrow();
        // The price per kWh: the energy cost over the kWh behind energy use per floor area, in each of the last two years.
        double before = num(Packs.figure("2019-20", "national", "ENG", "energy-cost-intensity"), "numerator")
                / num(Packs.figure("2019-20", "national", "ENG", "energy-intensity"), "numerator") * 100;
        double now = num(Packs.figure(LATEST, "national", "ENG", "energy-cost-intensity"), "numerator")
                / num(Packs.figure(LATEST, "national", "ENG", "energy-intensity"), "numerator") * 100;
        assertThat(now / before).isGreaterThan(1.5);
        assertThat(cost.get("trend_flags")).contains(String.format(java.util.Locale.UK, "price_shock(2019-20 to %s: %.1f to %.1f p/kWh, %+.0f%%",
                LATEST, before, now, (now / before - 1) * 100));
        // Water prices rose far less: no shock claimed for England's water cost.
        assertThat(Packs.trends(LATEST).stream().filter(r -> r.get("level").equals("national") && r.get("indicator").equals("water-cost-intensity"))
                .findFirst().orElseThrow().get("trend_flags")).doesNotContain("price_shock");
        assertThat(PdfReportsTest.text(Packs.pack(LATEST).resolve("national/ENG-england.pdf"))).contains("a price shock (energy in 2022-23), not waste");
    }

    @Test
    void yearsAllWritesAPackForEveryBundledYearEachWithTrendsUpToItsYear() throws Exception {
        Path all = Packs.allYears();
        for (String year : List.of("2013-14", "2014-15", "2016-17", "2019-20", "2023-24")) {
            assertThat(all.resolve(year).resolve("figures.csv")).exists();
        }
        List<CSVRecord> trends2019 = Packs.latestOfEachTrend(all.resolve("2019-20/trends.csv"));
        assertThat(trends2019).isNotEmpty().allSatisfy(x -> assertThat(x.get("year")).isLessThanOrEqualTo("2019-20"));
        assertThat(Files.mismatch(all.resolve("2023-24/figures.csv"), Packs.pack(LATEST).resolve("figures.csv"))).isEqualTo(-1L);
    }

    @Test
    void aTrustFormedSinceTheEarlierYearsSaysItHasNoTrendYet() throws Exception {
        // University Hospitals Dorset (R0D) was formed by a merger in 2020: ERIC has it in 2023/24 only.
        assertThat(Packs.figures("2019-20")).noneMatch(r -> r.get("code").equals("R0D"));
        assertThat(PdfReportsTest.text(PdfReportsTest.report("trusts", "R0D")))
                .contains("No trend: only one bundled year up to " + LATEST + " has comparable figures here.");
    }
}
