package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first page of a trust report, read back with PDFBox: one spine chart per indicator compared with peers, whose
 * words (the figure's alternative text) give the trust's rank as figures.csv has it; the headline indicators first,
 * marked as counting in the total, and only they.
 */
class TrustReportTableTest {
    private static final String YEAR = PdfReportsTest.YEAR;
    private static final String TRUST = "RJ1";

    /** Indicator id → its definition. */
    private static Map<String, JsonNode> indicators() throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Packs.home().resolve("indicators"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = new ObjectMapper().readTree(p.toFile());
                out.put(n.get("id").asText(), n);
            }
        }
        return out;
    }

    private static List<CSVRecord> trustRows() throws Exception {
        return Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("code").equals(TRUST)
                && !r.get("quality_flags").contains("not_supplied")).toList();
    }

    private static List<String> alternativeTexts(Path pdf) throws Exception {
        List<String> alts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PdfReportsTest.collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        return alts;
    }

    @Test
    void everyIndicatorComparedWithPeersHasASpineChartWhoseWordsGiveTheRankInFiguresCsv() throws Exception {
        Map<String, JsonNode> defs = indicators();
        List<String> alts = alternativeTexts(PdfReportsTest.report("trusts", TRUST));
        int spines = 0;
        for (CSVRecord r : trustRows()) {
            if (r.get("peer_median").isEmpty()) continue;
            String title = defs.get(r.get("indicator")).get("title").asText();
            List<String> mine = alts.stream().filter(a -> a.startsWith(title + ": ")).toList();
            assertThat(mine).as(title).hasSize(1);
            assertThat(mine.get(0)).as(title).contains("rank " + r.get("peer_rank") + " of " + r.get("peer_n"))
                    .contains("Peers range from").contains("median");
            spines++;
        }
        assertThat(spines).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theHeadlineIndicatorsComeFirstAndOnlyTheyAreMarkedAsCountingInTheTotal() throws Exception {
        Map<String, JsonNode> defs = indicators();
        String page1;
        try (PDDocument d = Loader.loadPDF(PdfReportsTest.report("trusts", TRUST).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            page1 = stripper.getText(d);
        }
        // The readiness measures are on a page of their own (checked below); page 1 is the opportunities.
        List<CSVRecord> shown = trustRows().stream().filter(r -> !defs.get(r.get("indicator")).path("theme").asText().equals("Net Zero readiness")).toList();
        long headline = shown.stream().filter(r -> defs.get(r.get("indicator")).path("headline").asBoolean(false)).count();
        assertThat(headline).isGreaterThan(0).isLessThan(shown.size());
        // Each table row ends with the In total cell; only headline rows have "yes" there.
        long marked = page1.lines().filter(l -> l.strip().endsWith(" yes")).count();
        assertThat(marked).isEqualTo(headline);
        String flat = page1.replaceAll("\\s+", " ");
        int lastHeadline = -1, firstOther = Integer.MAX_VALUE;
        for (CSVRecord r : shown) {
            JsonNode d = defs.get(r.get("indicator"));
            int at = flat.indexOf(d.get("title").asText(), flat.indexOf("Worst ← peers → best"));
            assertThat(at).as(d.get("title").asText() + " in the table").isPositive();
            if (d.path("headline").asBoolean(false)) lastHeadline = Math.max(lastHeadline, at);
            else firstOther = Math.min(firstOther, at);
        }
        assertThat(lastHeadline).as("every headline row above the other views").isLessThan(firstOther);
        String page2;
        try (PDDocument d = Loader.loadPDF(PdfReportsTest.report("trusts", TRUST).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            page2 = stripper.getText(d).replaceAll("\\s+", " ");
        }
        assertThat(page2).contains("Net Zero readiness").contains("not priced in £ or tCO2e");
        for (CSVRecord r : trustRows()) {
            JsonNode d = defs.get(r.get("indicator"));
            if (!d.path("theme").asText().equals("Net Zero readiness")) continue;
            assertThat(page2).as(d.get("title").asText() + " on the readiness page").contains(d.get("title").asText());
            assertThat(flat).as(d.get("title").asText() + " not on page 1").doesNotContain(d.get("title").asText());
        }
    }

    @Test
    void trustReportsFitFivePagesWithTheirReadinessSectionAndCapacityPageAndNoneRunsPastSix() throws Exception {
        List<String> longer = new ArrayList<>(), tooLong = new ArrayList<>();
        int reports = 0;
        try (Stream<Path> s = Files.list(Packs.pack(YEAR).resolve("trusts"))) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    if (d.getNumberOfPages() > 5) longer.add(pdf.getFileName() + " " + d.getNumberOfPages());
                    if (d.getNumberOfPages() > 6) tooLong.add(pdf.getFileName() + " " + d.getNumberOfPages());
                }
                reports++;
            }
        }
        assertThat(reports).isEqualTo(Expected.siteTrusts(YEAR));
        // Four pages of figures, trends and data quality, then the capacity and demand page (issue 20) on its own: five. A trust
        // with many data-quality findings and trend notes may take a sixth (two in 2023/24: RWR, TAF).
        assertThat(longer).hasSizeLessThanOrEqualTo(reports / 50);
        assertThat(tooLong).isEmpty();
    }

    @Test
    void dataQualitySaysEachFlagOnceInWordsWithTheIndicatorsItAppliesTo() throws Exception {
        Map<String, JsonNode> defs = indicators();
        String text = PdfReportsTest.text(PdfReportsTest.report("trusts", TRUST));
        String quality = text.substring(text.lastIndexOf("Data quality"));
        List<CSVRecord> fallback = trustRows().stream().filter(r -> r.get("quality_flags").contains("factor_fallback(")).toList();
        assertThat(fallback).as("RJ1 has a factor from an earlier set on several indicators").hasSizeGreaterThan(1);
        assertThat(quality).doesNotContain("factor_fallback(").doesNotContain("not_priced");
        String sentence = "A carbon factor came from an earlier factor set";
        assertThat(quality.split(sentence, -1)).as("said once").hasSize(2);
        String after = quality.substring(quality.indexOf(sentence));
        String appliesTo = after.substring(after.indexOf("Applies to:"), after.indexOf('.', after.indexOf("Applies to:")));
        for (CSVRecord r : fallback) {
            String title = defs.get(r.get("indicator")).get("title").asText();
            assertThat(appliesTo).contains(Character.toLowerCase(title.charAt(0)) + title.substring(1));
        }
    }

    @Test
    void whoToLearnFromNamesTheBestThreeOfTheTrustsOwnPeersWhereItIsInTheWorseHalf() throws Exception {
        List<CSVRecord> figures = Packs.figures(YEAR);
        CSVRecord own = Packs.figure(YEAR, "trust", TRUST, "energy-intensity");
        assertThat(Double.parseDouble(own.get("percentile"))).as("RJ1 is in the worse half on energy use").isGreaterThan(50);
        List<CSVRecord> best = figures.stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals("energy-intensity")
                        && r.get("peer_group").equals(own.get("peer_group")) && !r.get("code").equals(TRUST) && !r.get("value").isEmpty()
                        && !r.get("quality_flags").contains("unit_error_likely"))
                .sorted(java.util.Comparator.comparingDouble((CSVRecord r) -> Packs.num(r, "value")).thenComparing(r -> r.get("code")))
                .limit(3).toList();
        String text = PdfReportsTest.text(PdfReportsTest.report("trusts", TRUST));
        String section = text.substring(text.indexOf("Who to learn from"), text.lastIndexOf("Data quality"));
        String line = section.substring(section.indexOf("Energy use per floor area ("), section.indexOf(".", section.indexOf("Energy use per floor area (") + 30));
        int at = 0;
        for (CSVRecord r : best) {
            int next = line.indexOf("(" + r.get("code") + ")");
            assertThat(next).as(r.get("code") + " named in order in: " + line).isGreaterThan(at);
            at = next;
        }
        assertThat(section).as("RJ1 is in the best quarter on water cost").doesNotContain("Water cost per floor area (");
    }

    @Test
    void aRankSharedWithOtherTrustsIsMarkedAsTiedWithHowManyShareIt() throws Exception {
        CSVRecord own = Packs.figure(YEAR, "trust", TRUST, "landfill-share");
        long same = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals("landfill-share")
                && r.get("comparator").equals(own.get("comparator")) && !r.get("value").isEmpty()
                && Double.parseDouble(r.get("value")) == Double.parseDouble(own.get("value"))).count();
        assertThat(same).as("RJ1 sends no domestic waste to landfill, like many of its peers").isGreaterThan(1);
        String text = PdfReportsTest.text(PdfReportsTest.report("trusts", TRUST));
        assertThat(text).contains("=" + own.get("peer_rank") + " of " + own.get("peer_n"));
        List<String> alts = new java.util.ArrayList<>();
        try (var d = org.apache.pdfbox.Loader.loadPDF(PdfReportsTest.report("trusts", TRUST).toFile())) {
            PdfReportsTest.collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        }
        assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("Landfill share of domestic waste:")
                .contains("rank " + own.get("peer_rank") + " of " + own.get("peer_n") + " (" + same + " share this value)"));
    }
}
