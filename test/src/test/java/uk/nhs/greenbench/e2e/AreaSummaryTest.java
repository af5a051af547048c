package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page of an area's report says things a leader repeats: who does best, which trusts are compared with all
 * trusts and why, and how far its carbon is from the Net Zero path. Each is worked out again here from figures.csv and
 * trends.csv, read with PDFBox, never with the code that wrote the report.
 */
class AreaSummaryTest {
    private static final String YEAR = Packs.LATEST;
    private static final String STRONGEST = "more than any other member trust.";

    @ParameterizedTest
    @CsvSource({"national, ENG, ", "regions, Y56, region_code", "ics, QRL, ics_code", "ics, QOP, ics_code"})
    void theStrongestSentenceNamesEveryTrustTiedOnTheMostBestQuarterHeadlineIndicators(String folder, String code, String column) throws Exception {
        Predicate<CSVRecord> member = r -> r.get("level").equals("trust") && (column == null || r.get(column).equals(code));
        Map<String, Integer> best = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CSVRecord r : Packs.figures(YEAR)) {
            if (!member.test(r) || !Fixtures.headline(r.get("indicator")) || r.get("value").isEmpty() || r.get("peer_median").isEmpty()) continue;
            names.put(r.get("code"), r.get("name"));
            if (bestQuarter(r)) best.merge(r.get("code"), 1, Integer::sum);
        }
        int most = best.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<String> tied = best.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        String text = PdfReportsTest.text(PdfReportsTest.report(folder, code));
        if (most < 2) {
            assertThat(text).doesNotContain(STRONGEST);
            return;
        }
        int end = text.indexOf(STRONGEST);
        assertThat(end).as(code + " names its strongest trusts").isPositive();
        String sentence = text.substring(text.lastIndexOf("a year).", end) + "a year).".length(), end).toLowerCase(Locale.ROOT);
        assertThat(sentence).contains("on " + most + " headline indicators");
        if (tied.size() <= 5) {
            for (String t : tied) assertThat(sentence).as(code + ": " + t + " is tied on " + most).contains(names.get(t).toLowerCase(Locale.ROOT));
            assertThat(sentence).doesNotContain("other trusts");
        } else {
            assertThat(sentence).contains("and " + (tied.size() - 4) + " other trusts");
        }
        for (Map.Entry<String, Integer> e : best.entrySet()) {
            String name = names.get(e.getKey()).toLowerCase(Locale.ROOT);
            // East London's name is inside North East London's: only a name no tied trust's contains can be looked for.
            boolean inATiedName = tied.stream().anyMatch(t -> names.get(t).toLowerCase(Locale.ROOT).contains(name));
            if (e.getValue() < most && !inATiedName) assertThat(sentence).as(code + ": " + e.getKey() + " has fewer").doesNotContain(name);
        }
    }

    /** The report's quartile rule: at the median is not the best quarter, at the quartile is. */
    private static boolean bestQuarter(CSVRecord r) {
        boolean low = r.get("polarity").equals("low_is_good");
        double v = Packs.num(r, "value"), median = Packs.num(r, "peer_median");
        if (v == median) return false;
        return low ? v <= Packs.num(r, "peer_q1") : v >= Packs.num(r, "peer_q3");
    }

    @Test
    void englandSaysItsTrustsAreComparedWithAllTrustsOnlyWhereTooFewOfTheirComparatorsHadAValue() throws Exception {
        List<CSVRecord> flagged = Packs.figures(YEAR).stream()
                .filter(r -> r.get("level").equals("trust") && r.get("quality_flags").contains("peer_fallback_national")).toList();
        Set<String> codes = flagged.stream().map(r -> r.get("code")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> indicators = flagged.stream().map(r -> r.get("indicator")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).as("the bundled year has trusts compared with all trusts").isNotEmpty();
        String text = PdfReportsTest.text(PdfReportsTest.report("national", "ENG"));
        assertThat(text).contains(codes.size() + " of the " + Expected.siteTrusts(YEAR) + " trusts " + (codes.size() == 1 ? "is" : "are")
                        + " compared with all trusts on ")
                .contains("where fewer than 5 of " + (codes.size() == 1 ? "its" : "their") + " comparators had a value")
                .doesNotContain("share their type").doesNotContain("share its type");
        if (codes.size() <= 8) assertThat(text).contains("(" + String.join(", ", codes) + ")");
        if (indicators.size() <= 3) {
            for (String id : indicators) {
                String title = new ObjectMapper().readTree(Packs.home().resolve("indicators/" + id + ".json").toFile()).path("title").asText();
                assertThat(text).contains(Character.toLowerCase(title.charAt(0)) + title.substring(1));
            }
        }
    }

    @Test
    void theCapacityListsHeadingsArePrintedWholeOnTheirOneLine() throws Exception {
        // A report's table heading is one line: a longer one is cut at the margin, as "(8 of 11; kW to the nearest 10; every site," was.
        for (String[] r : new String[][]{{"trusts", "RXT"}, {"trusts", "RX1"}, {"ics", "QRL"}, {"national", "ENG"}}) {
            String text = PdfReportsTest.text(PdfReportsTest.report(r[0], r[1]));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(Sites short of capacity|Member trusts short of the most capacity)[^)]*\\)").matcher(text);
            assertThat(m.find()).as(r[1] + "'s capacity list heading").isTrue();
            assertThat(m.group()).endsWith("rounded: exact in capacity.csv)");
        }
    }

    @Test
    void aTrustAlreadyBelowItsCarbonLevelFor2030IsToldSoNotAskedForACutOfNothing() throws Exception {
        List<CSVRecord> below = Packs.latestOfEachTrend(Packs.pack(YEAR).resolve("trends.csv")).stream()
                .filter(r -> r.get("level").equals("trust") && !r.get("net_zero_required_annual_pct").isEmpty()
                        && Packs.num(r, "net_zero_required_annual_pct") == 0).toList();
        assertThat(below).as("the bundled data has trusts already below their 2030 level").isNotEmpty();
        for (CSVRecord r : below.subList(0, Math.min(3, below.size()))) {
            assertThat(Packs.num(r, "net_zero_latest_tco2e")).isLessThanOrEqualTo(Packs.num(r, "net_zero_2030_tco2e"));
            String text = PdfReportsTest.text(PdfReportsTest.report("trusts", r.get("code")));
            assertThat(text).as(r.get("code")).contains("already at or below its 2030 level").doesNotContain("a cut of 0.0% a year");
        }
    }
}
