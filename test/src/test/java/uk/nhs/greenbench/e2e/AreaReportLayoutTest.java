package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ICS, region and England reports as their readers open them (PDFBox, page by page): page 1 tells the story with
 * a spine chart, the areas inside an area are listed with their headline savings, an ICS names whom to learn from,
 * England's indicator tables list its ICSs, and the page budgets hold.
 */
// Reads the shared packs on one core: it runs beside the other tests once a worker is free (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class AreaReportLayoutTest {
    private static final String YEAR = PdfReportsTest.YEAR;

    private static List<String> pages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d));
            }
            return out;
        }
    }

    /** The text of one page (1-based), without extracting the others. */
    private static String page(Path pdf, int page) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(d);
        }
    }

    private static int pageCount(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    private static List<Path> reports(String sub) throws Exception {
        try (var s = Files.list(Packs.pack(YEAR).resolve(sub))) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** An area's headline typical £ worked from figures.csv: its own rows' typical savings on the headline indicators. */
    /** £ as the reports print a saving: a negative one is a cost. */
    private static String saving(double gbp) {
        long v = Math.round(gbp);
        return v < 0 ? "costs " + PdfReportsTest.gbp(-v) : PdfReportsTest.gbp(v);
    }

    private static double headlineGbp(List<CSVRecord> figures, String level, String code) {
        return figures.stream().filter(r -> r.get("level").equals(level) && r.get("code").equals(code)
                        && PdfReportsTest.HEADLINE.contains(r.get("indicator")) && !r.get("saving_typical_gbp").isEmpty())
                .mapToDouble(r -> Packs.num(r, "saving_typical_gbp")).sum();
    }

    @Test
    void everyAreaReportOpensWithItsSummaryAndSpineChartOnPageOne() throws Exception {
        for (String[] sub : new String[][]{{"ics", "Where it stands among all ICSs"}, {"regions", "Where it stands among all regions"},
                {"national", "England beside its ICSs"}}) {
            for (Path pdf : reports(sub[0])) {
                String first = page(pdf, 1).replaceAll("\\s+", " ");
                assertThat(first).as(pdf.getFileName().toString()).contains("Executive summary").contains("Typical saving a year")
                        .contains(sub[1]).contains("Energy use per floor area");
            }
        }
    }

    @Test
    void anIcsReportFitsSeventeenPagesAndEnglandsSummaryFitsSixBeforeItsTables() throws Exception {
        // 14: the readiness standings and their methodology (issue 18) added up to two pages to the largest ICS; 15: the
        // clinical waste segregation indicators' member tables (issue 18) one more; 17: the capacity and demand page (issue 20),
        // after which the largest ICS's appendix starts on a page of its own.
        for (Path pdf : reports("ics")) assertThat(pageCount(pdf)).as(pdf.getFileName().toString()).isLessThanOrEqualTo(17);
        List<String> england = pages(PdfReportsTest.report("national", "ENG"));
        int firstTable = -1;
        for (int p = 0; p < england.size() && firstTable < 0; p++) {
            if (england.get(p).contains("Energy use per floor area (kWh/m²)")) firstTable = p;
        }
        assertThat(firstTable).isBetween(1, 5);
    }

    @Test
    void aRegionListsItsIcssAndEnglandItsRegionsAndIcssWithTheirOwnHeadlineSavings() throws Exception {
        List<CSVRecord> figures = Packs.figures(YEAR);
        Set<String> londonIcss = figures.stream().filter(r -> r.get("level").equals("ics") && r.get("region_code").equals("Y56"))
                .map(r -> r.get("code")).collect(Collectors.toSet());
        assertThat(londonIcss).hasSize(5);
        String london = String.join(" ", pages(PdfReportsTest.report("regions", "Y56")).subList(0, 2)).replaceAll("\\s+", " ");
        assertThat(london).contains("Its ICSs at a glance");
        for (String ics : londonIcss) {
            assertThat(london).as(ics).contains(ics + " ").contains(saving(headlineGbp(figures, "ics", ics)));
        }
        List<String> england = pages(PdfReportsTest.report("national", "ENG"));
        String summary = String.join(" ", england.subList(0, 3)).replaceAll("\\s+", " ");
        assertThat(summary).contains("The regions at a glance").contains("The ICSs at a glance");
        Set<String> all = figures.stream().filter(r -> r.get("level").equals("ics") || r.get("level").equals("region"))
                .map(r -> r.get("level") + "|" + r.get("code")).collect(Collectors.toSet());
        assertThat(all).hasSize(Expected.icbs() + Expected.regions());
        for (String a : all) {
            String[] lc = a.split("\\|");
            assertThat(summary).as(a).contains(lc[1] + " ").contains(saving(headlineGbp(figures, lc[0], lc[1])));
        }
    }

    @Test
    void englandsIndicatorTablesListItsIcssEachRankedAmongAll() throws Exception {
        List<String> england = pages(PdfReportsTest.report("national", "ENG"));
        String text = String.join(" ", england).replaceAll("\\s+", " ");
        String energy = text.substring(text.indexOf("Energy use per floor area (kWh/m²) England:"));
        energy = energy.substring(0, energy.indexOf("Energy carbon per floor area (kgCO2e/m²)"));
        Matcher m = Pattern.compile("(?<!Page )(\\d+) of (\\d+)").matcher(energy);
        int ranks = 0;
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(Expected.icbs());
            ranks++;
        }
        assertThat(ranks).isEqualTo(Expected.icbs());
        assertThat(energy).doesNotContain("RJ1 ").contains("QKK South East London");
    }

    @Test
    void anIcsReportNamesTheBestPeersOutsideItAndMarksThoseInItsRegion() throws Exception {
        List<CSVRecord> trusts = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust")).toList();
        var regionOf = trusts.stream().collect(Collectors.toMap(r -> r.get("code"), r -> r.get("region_code"), (a, b) -> a));
        var icsOf = trusts.stream().collect(Collectors.toMap(r -> r.get("code"), r -> r.get("ics_code"), (a, b) -> a));
        String text = PdfReportsTest.text(PdfReportsTest.report("ics", "QKK"));
        String learn = text.substring(text.indexOf("Who to learn from"), text.indexOf("Energy use per floor area (kWh/m²) NHS South East London"));
        Matcher m = Pattern.compile("\\(([A-Z0-9]{3})\\) [0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?(, in this region)?").matcher(learn);
        int named = 0, inRegion = 0;
        while (m.find()) {
            String code = m.group(1);
            assertThat(icsOf.get(code)).as(code).isNotEqualTo("QKK");
            assertThat(m.group(2) != null).as(code + " marked as in the region").isEqualTo("Y56".equals(regionOf.get(code)));
            named++;
            if (m.group(2) != null) inRegion++;
        }
        assertThat(named).isGreaterThanOrEqualTo(3);
        assertThat(inRegion).isPositive();
    }

    @Test
    void everyIndicatorTableSaysWhetherItsSavingCountsInTheTotal() throws Exception {
        String text = PdfReportsTest.text(PdfReportsTest.report("ics", "QKK"));
        assertThat(text).containsPattern("Energy use per floor area \\(kWh/m²\\) NHS South East London Integrated Care Board: [0-9.,]+ kWh/m² "
                + "across 5 trusts\\. Typical saving £[0-9,]+ and [0-9.,]+ tCO2e: counts in the headline total\\.");
        assertThat(text).containsPattern("Energy cost per floor area \\(£/m²\\) NHS South East London Integrated Care Board: [0-9.,]+ £/m² "
                + "across 5 trusts\\. Typical saving £[0-9,]+ \\(not priced in carbon\\) \\(in grey\\): another view of the same gap as the "
                + "headline indicators, not added to the total\\.");
        for (String page : pages(PdfReportsTest.report("regions", "Y56"))) {
            // A rank cell ("12 of 42") broken over two lines; a sentence's "(1 of 35)" in the appendix may wrap anywhere.
            assertThat(page.lines()).as("a rank wrapped over two lines").noneMatch(l -> !l.contains("(") && l.strip().matches(".*\\b\\d+ of"));
        }
    }

    /** The last line of text above each page's footer, with the largest font size on it. */
    private static List<String> pageEnds(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new java.util.ArrayList<>();
            // One pass over the document: the page's lines are collected between its start and its end, from each
            // glyph as it is shown (the stripper's own ordering of them into words and lines is not needed here).
            PDFTextStripper s = new PDFTextStripper() {
                private float footer;
                private final java.util.TreeMap<Float, float[]> sizeByLine = new java.util.TreeMap<>();
                private final java.util.Map<Float, StringBuilder> textByLine = new java.util.HashMap<>();

                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) {
                    footer = page.getMediaBox().getHeight() - 40;
                    sizeByLine.clear();
                    textByLine.clear();
                }

                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    float y = Math.round(t.getYDirAdj());
                    if (y >= footer || t.getUnicode().isBlank()) return;
                    sizeByLine.computeIfAbsent(y, k -> new float[1])[0] = Math.max(sizeByLine.get(y)[0], t.getFontSizeInPt());
                    textByLine.computeIfAbsent(y, k -> new StringBuilder()).append(t.getUnicode());
                }

                @Override
                protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
                    if (sizeByLine.isEmpty()) return;
                    var last = sizeByLine.lastEntry();
                    out.add(last.getValue()[0] + "|" + textByLine.get(last.getKey()));
                }
            };
            s.getText(d);
            return out;
        }
    }

    @Test
    void noPageEndsWithAHeadingWhoseContentIsOnTheNextPage() throws Exception {
        List<Path> documents = new java.util.ArrayList<>();
        for (String sub : List.of("ics", "regions", "national")) documents.addAll(reports(sub));
        List<Path> trusts = reports("trusts");
        for (int i = 0; i < trusts.size(); i += 20) documents.add(trusts.get(i));
        documents.add(PdfReportsTest.report("trusts", "R1H"));
        List<String> orphans = new java.util.ArrayList<>();
        for (Path pdf : documents) {
            List<String> ends = pageEnds(pdf);
            for (int p = 0; p < ends.size() - 1; p++) {
                float size = Float.parseFloat(ends.get(p).substring(0, ends.get(p).indexOf('|')));
                // Body text is 7.5-9 pt, table text 8 pt; headings are 11 pt and more.
                if (size >= 10.5f) orphans.add(pdf.getFileName() + " page " + (p + 1) + ": " + ends.get(p));
            }
        }
        assertThat(orphans).isEmpty();
    }

    /**
     * An indicator's table that runs onto a new page prints its heading and header row again there, with at least one
     * member's row under them: QUA, QRL, QWU, East of England and North East and Yorkshire each had a heading and
     * header row printed alone above the next indicator, when only the footer that ends the table fell on the new page.
     */
    @Test
    void noIndicatorHeadingIsPrintedAgainWithoutAMembersRowUnderIt() throws Exception {
        List<String> orphans = new java.util.ArrayList<>();
        for (Path pdf : List.of(PdfReportsTest.report("ics", "QUA"), PdfReportsTest.report("ics", "QRL"), PdfReportsTest.report("ics", "QWU"),
                PdfReportsTest.report("regions", "Y61"), PdfReportsTest.report("regions", "Y63"))) {
            List<String> pageTexts = pages(pdf);
            for (int p = 0; p < pageTexts.size(); p++) {
                List<String> lines = pageTexts.get(p).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).matches("Code (Trust|ICS|Region) .*")) continue;
                    // The header row's cells run to "typical" (their second lines after it); then a member's row, code first.
                    int j = i;
                    while (j < lines.size() && !lines.get(j).endsWith("typical")) j++;
                    while (j + 1 < lines.size() && lines.get(j + 1).matches("(median|best|typical)( (median|best|typical))*")) j++;
                    String next = j + 1 < lines.size() ? lines.get(j + 1) : "(end of page)";
                    if (!next.matches("[A-Z0-9]{3,5} .*")) orphans.add(pdf.getFileName() + " page " + (p + 1) + ", then: " + next);
                }
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void everyPageCarriesTheRunningFooterWithItsPageNumberAppendixIncluded() throws Exception {
        for (Path pdf : List.of(PdfReportsTest.report("ics", "QKK"), PdfReportsTest.report("regions", "Y56"), PdfReportsTest.report("national", "ENG"),
                PdfReportsTest.report("trusts", "RJ1"))) {
            List<String> pages = pages(pdf);
            for (int p = 0; p < pages.size(); p++) {
                assertThat(pages.get(p)).as(pdf.getFileName() + " page " + (p + 1)).contains("Page " + (p + 1) + " of " + pages.size());
            }
        }
    }

    @Test
    void aLargeIcsNamesWhomToLearnFromForItsLargestOpportunitiesAndCountsTheRest() throws Exception {
        // Cheshire and Merseyside: 16 trusts, more indicator and peer-group pairs in the worse half than a page holds.
        String text = PdfReportsTest.text(PdfReportsTest.report("ics", "QYG"));
        String learn = text.substring(text.indexOf("Who to learn from"), text.indexOf("Energy use per floor area (kWh/m²) NHS Cheshire"));
        long bullets = learn.chars().filter(c -> c == '\u2022').count();
        assertThat(bullets).isEqualTo(9);
        assertThat(learn).containsPattern("• [0-9]+ more indicator and peer-group pairs with a member in the worse half");
    }
}
