package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Net Zero readiness measures of two real trusts worked out by hand from their ERIC 2023/24 site rows: Lancashire
 * and South Cumbria (RW5, 41 sites, 13 with a heat pump) and Guy's and St Thomas' (RJ1, 28 sites), against figures.csv.
 */
class ReadinessHandWorkedTest {
    private static List<CSVRecord> sites;

    @BeforeAll
    static void readTheSiteFile() throws Exception {
        try (Reader r = Files.newBufferedReader(Packs.home().resolve("data/eric/2023-24/ERIC_Site.csv"), StandardCharsets.UTF_8)) {
            sites = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static List<CSVRecord> of(String trust) {
        return sites.stream().filter(s -> s.get(0).replace("\uFEFF", "").equals(trust)).toList();
    }

    private static double num(CSVRecord r, String header) {
        String v = r.get(header).replace(",", "").trim();
        return v.isEmpty() || v.equals("N/A") || v.equalsIgnoreCase("Not Applicable") ? Double.NaN : Double.parseDouble(v);
    }

    private static double value(String trust, String indicator) throws Exception {
        return Packs.num(Packs.figure(Packs.LATEST, "trust", trust, indicator), "value");
    }

    @Test
    void ledCoverageIsTheFloorAreaWeightedShareOfEachSitesCoverage() throws Exception {
        for (String trust : List.of("RW5", "RJ1")) {
            double lit = 0, area = 0;
            for (CSVRecord s : of(trust)) {
                double gia = num(s, "Gross internal floor area (m²)"), led = num(s, "LED lighting coverage (%)");
                if (Double.isNaN(gia) || Double.isNaN(led)) continue;
                lit += gia * led / 100;
                area += gia;
            }
            assertThat(value(trust, "led-lighting-coverage")).as(trust).isCloseTo(lit / area * 100, within(1e-9));
        }
    }

    @Test
    void selectAnswersAreCountedExactlyAsPublished() throws Exception {
        Set<String> byTwenty30 = Set.of("Already Implemented", "2024-25", "2025-26", "2026-27", "2027-28", "2028-29");
        for (String trust : List.of("RW5", "RJ1")) {
            double yes = 0, answered = 0, fossil = 0, planned = 0, none = 0;
            for (CSVRecord s : of(trust)) {
                double gia = num(s, "Gross internal floor area (m²)");
                String plan = s.get("Heat decarbonisation plan (Select)"), date = s.get("Fossil fuel heating replacement date (Select)");
                if (plan.equals("Yes")) yes += gia;
                if (plan.equals("Yes") || plan.equals("No")) answered += gia;
                if (!date.equals("N/A")) fossil += gia;
                if (byTwenty30.contains(date)) planned += gia;
                if (date.equals("No plan")) none += gia;
            }
            assertThat(value(trust, "heat-decarbonisation-plan-share")).as(trust).isCloseTo(yes / answered * 100, within(1e-9));
            assertThat(value(trust, "fossil-heating-replaced-by-2030")).as(trust).isCloseTo(planned / fossil * 100, within(1e-9));
            assertThat(value(trust, "fossil-heating-without-plan")).as(trust).isCloseTo(none / fossil * 100, within(1e-9));
        }
    }

    @Test
    void dataQualityListsEverySelectAnswerAsPublishedWithItsSiteCount() throws Exception {
        // The answers ERIC 2023/24 published, listed here so that a new or re-spelt answer in a later file is seen.
        java.util.Map<String, List<String>> published = java.util.Map.of(
                "Heat decarbonisation plan (Select)", List.of("N/A", "No", "Yes"),
                "Fossil fuel heating replacement date (Select)", List.of("2024-25", "2025-26", "2026-27", "2027-28", "2028-29",
                        "2029-30 Onwards", "Already Implemented", "N/A", "No plan"));
        List<CSVRecord> findings = Packs.csv(Packs.pack(Packs.LATEST).resolve("data-quality.csv"));
        for (var column : published.entrySet()) {
            java.util.Map<String, Long> counted = new java.util.TreeMap<>();
            for (CSVRecord s : sites) counted.merge(s.get(column.getKey()), 1L, Long::sum);
            assertThat(counted.keySet()).as(column.getKey()).containsExactlyElementsOf(column.getValue());
            StringBuilder expected = new StringBuilder("Answers as published: ");
            counted.forEach((answer, n) -> expected.append('"').append(answer).append("\" (").append(n).append(n == 1 ? " site), " : " sites), "));
            String message = expected.substring(0, expected.length() - 2) + ".";
            assertThat(findings).as(column.getKey()).anySatisfy(q -> {
                assertThat(q.get("issue")).isEqualTo("select_answers");
                assertThat(q.get("source")).isEqualTo("ERIC_Site.csv, column \"" + column.getKey() + "\"");
                assertThat(q.get("message")).isEqualTo(message);
            });
        }
    }

    @Test
    void sitesBuildingsAndChargePointsAreCountedSiteBySite() throws Exception {
        List<CSVRecord> rw5 = of("RW5");
        assertThat(rw5).hasSize(41);
        long pumps = rw5.stream().filter(s -> num(s, "Heat pumps installed on site (No.)") >= 1).count();
        assertThat(pumps).isEqualTo(13);
        assertThat(value("RW5", "heat-pump-site-share")).isCloseTo(100.0 * pumps / rw5.size(), within(1e-9));
        for (String trust : List.of("RW5", "RJ1")) {
            double metered = 0, buildings = 0, points = 0, spaces = 0, food = 0, meals = 0;
            List<Double> mealsWithFood = new ArrayList<>();
            for (CSVRecord s : of(trust)) {
                metered += num(s, "Buildings with an electricity meter (No.)");
                buildings += num(s, "Buildings on site (No.)");
                double p = num(s, "Electric vehicle charging points (No.)"), sp = num(s, "Parking spaces available (No.)");
                if (!Double.isNaN(p) && !Double.isNaN(sp)) {
                    points += p;
                    spaces += sp;
                }
                double f = num(s, "Total food waste (all destinations and EWC codes) (Tonnes)"), m = num(s, "Inpatient main meals requested (No.)");
                // A site counts when it reports both the numerator and the denominator (the trust's coverage says how much did).
                if (!Double.isNaN(f) && !Double.isNaN(m)) {
                    food += f;
                    meals += m;
                    mealsWithFood.add(m);
                }
            }
            assertThat(value(trust, "electricity-metering-share")).as(trust).isCloseTo(metered / buildings * 100, within(1e-9));
            assertThat(value(trust, "ev-charging-points-per-100-spaces")).as(trust).isCloseTo(points / spaces * 100, within(1e-9));
            if (!mealsWithFood.isEmpty() && meals > 0) {
                assertThat(value(trust, "food-waste-per-meal")).as(trust + ", grams a meal").isCloseTo(food * 1_000_000 / meals, within(1e-6));
            }
        }
    }

    @Test
    void estatesTeamCapacityIsTheTrustRowsManagersOverTheFloorAreaOfItsSites() throws Exception {
        List<CSVRecord> trustRows;
        try (Reader r = Files.newBufferedReader(Packs.home().resolve("data/eric/2023-24/eric_2023_24_trust_data.csv"), StandardCharsets.UTF_8)) {
            trustRows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        for (String trust : List.of("RW5", "RJ1")) {
            CSVRecord row = trustRows.stream().filter(t -> t.get(0).replace("\uFEFF", "").equals(trust)).findFirst().orElseThrow();
            double managers = num(row, "Energy managers (WTE)") + num(row, "Waste managers (WTE)");
            double area = of(trust).stream().mapToDouble(s -> num(s, "Gross internal floor area (m²)")).filter(v -> !Double.isNaN(v)).sum();
            CSVRecord figure = Packs.figure(Packs.LATEST, "trust", trust, "estates-team-capacity");
            assertThat(Packs.num(figure, "value")).as(trust).isCloseTo(managers / area * 100_000, within(1e-9));
            // Traceable to both files: the trust-level row for the managers and the site rows for the floor area.
            assertThat(figure.get("source_rows")).as(trust)
                    .contains("eric_2023_24_trust_data.csv row " + (row.getRecordNumber() + 1)).contains("ERIC_Site.csv rows ");
        }
        // RJ1: 2 energy and 2 waste managers over 28 sites' 468,627 m².
        assertThat(value("RJ1", "estates-team-capacity")).isCloseTo(4 / 468_627.0 * 100_000, within(1e-9));
    }

    @Test
    void yearsBeforeTheQuestionsWereAskedSayNotCollected() throws Exception {
        java.nio.file.Path pack = Packs.allYears().resolve("2019-20");
        assertThat(Packs.csv(pack.resolve("figures.csv"))).filteredOn(r -> r.get("indicator").equals("led-lighting-coverage"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("value")).isEmpty());
        assertThat(Packs.csv(pack.resolve("data-quality.csv"))).anySatisfy(q -> {
            assertThat(q.get("indicator")).isEqualTo("led-lighting-coverage");
            assertThat(q.get("message")).startsWith("Not collected in 2019-20: ERIC first asked for what led-lighting-coverage needs");
        });
    }
}
