package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Areas compared with areas: every ICS's value ranked among all ICSs' and every region's among all regions', worked
 * again from figures.csv's own area values, and shown in the ICS and region reports as a spine chart per indicator.
 */
class AreaStandingTest {
    private static final String YEAR = PdfReportsTest.YEAR;

    /** Excel's PERCENTILE.INC. */
    private static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    @Test
    void everyIcsAndRegionIsRankedAmongTheAreasOfItsLevelAsFiguresCsvsOwnValuesGive() throws Exception {
        List<CSVRecord> rows = Packs.figures(YEAR);
        int checked = 0;
        for (String level : List.of("ics", "region")) {
            Map<String, List<CSVRecord>> byIndicator = rows.stream().filter(r -> r.get("level").equals(level) && !r.get("value").isEmpty()
                    && !r.get("indicator").equals("mdi-share")).collect(Collectors.groupingBy(r -> r.get("indicator")));
            for (List<CSVRecord> areas : byIndicator.values()) {
                double[] values = areas.stream().mapToDouble(r -> Packs.num(r, "value")).sorted().toArray();
                boolean low = areas.get(0).get("polarity").equals("low_is_good");
                for (CSVRecord r : areas) {
                    double v = Packs.num(r, "value");
                    assertThat(Integer.parseInt(r.get("peer_n"))).isEqualTo(values.length);
                    assertThat(Packs.num(r, "peer_median")).isCloseTo(percentile(values, 0.5), within(1e-9 * Math.max(1, Math.abs(v))));
                    long better = Arrays.stream(values).filter(x -> low ? x < v : x > v).count();
                    assertThat(Integer.parseInt(r.get("peer_rank"))).as(r.get("code") + " " + r.get("indicator")).isEqualTo(better + 1);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(Expected.icbs() * 10);
    }

    @Test
    void theIcsReportShowsItsRankAmongAllIcsForEveryIndicatorWithAValue() throws Exception {
        List<CSVRecord> qkk = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("ics") && r.get("code").equals("QKK")
                && !r.get("peer_rank").isEmpty()).toList();
        List<String> alts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(PdfReportsTest.report("ics", "QKK").toFile())) {
            PdfReportsTest.collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        List<String> standing = alts.stream().filter(a -> a.contains("ICSs range from")).toList();
        assertThat(standing).hasSize(qkk.size());
        for (CSVRecord r : qkk) {
            assertThat(standing).anySatisfy(a -> assertThat(a).contains("rank " + r.get("peer_rank") + " of " + r.get("peer_n")));
        }
        assertThat(PdfReportsTest.text(PdfReportsTest.report("ics", "QKK"))).contains("Where it stands among all ICSs");
        assertThat(PdfReportsTest.text(PdfReportsTest.report("regions", "Y56"))).contains("Where it stands among all regions");
        assertThat(PdfReportsTest.text(PdfReportsTest.report("national", "ENG"))).doesNotContain("Where it stands among")
                .contains("England beside its ICSs");
    }
}
