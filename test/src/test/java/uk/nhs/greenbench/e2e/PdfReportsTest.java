package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the PDF reports back with PDFBox: text against figures.csv, fonts, tags, title, reproducibility. */
class PdfReportsTest {
    static final String YEAR = "2023-24";
    static final Set<String> HEADLINE = Set.of("energy-intensity", "fossil-heating-share", "water-intensity", "waste-intensity",
            "landfill-share", "clinical-incineration-share");

    static Path report(String sub, String code) throws Exception {
        try (var s = Files.list(Packs.pack(YEAR).resolve(sub))) {
            return s.filter(p -> p.getFileName().toString().startsWith(code + "-") && p.toString().endsWith(".pdf")).findFirst()
                    .orElseThrow(() -> new AssertionError("no report for " + code));
        }
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    static String gbp(double v) {
        return new DecimalFormat("£#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }

    @Test
    void everyTrustIcsRegionAndTheNationGetsAReport() throws Exception {
        for (String[] sub : new String[][]{{"trusts", "" + Expected.siteTrusts(YEAR)}, {"ics", "" + Expected.icbs()},
                {"regions", "" + Expected.regions()}, {"national", "1"}}) {
            try (var s = Files.list(Packs.pack(YEAR).resolve(sub[0]))) {
                assertThat(s.filter(p -> p.toString().endsWith(".pdf")).count()).as(sub[0]).isEqualTo(Long.parseLong(sub[1]));
            }
        }
    }

    @Test
    void theIcsReportNamesItsTrustsAndItsTotalsMatchFiguresCsv() throws Exception {
        String text = text(report("ics", "QRL"));
        double typical = 0;
        for (CSVRecord r : Packs.figures(YEAR)) {
            if (r.get("level").equals("ics") && r.get("code").equals("QRL") && HEADLINE.contains(r.get("indicator"))
                    && !r.get("saving_typical_gbp").isEmpty()) {
                typical += Double.parseDouble(r.get("saving_typical_gbp"));
            }
        }
        assertThat(text).contains("NHS Hampshire and Isle of Wight Integrated Care Board").contains("Executive summary")
                .contains("would save " + gbp(typical)).contains("Portsmouth Hospitals University NHS Trust");
        CSVRecord energy = Packs.figure(YEAR, "ics", "QRL", "energy-intensity");
        assertThat(text).contains("Typical saving " + gbp(Packs.num(energy, "saving_typical_gbp")));
        assertThat(text).contains("Appendix: methodology").contains("Appendix: glossary");
    }

    @Test
    void aTrustReportShowsItsSavingsPerIndicator() throws Exception {
        String text = text(report("trusts", "R1F"));
        assertThat(text).contains("Isle of Wight NHS Trust (R1F)").contains("Acute - Multi-Service");
        CSVRecord water = Packs.figure(YEAR, "trust", "R1F", "water-intensity");
        assertThat(text).contains(gbp(Packs.num(water, "saving_typical_gbp")));
    }

    @Test
    void missingFiguresReadNotAvailableNeverNullOrNaN() throws Exception {
        for (Path pdf : List.of(report("trusts", "R1F"), report("national", "ENG"), report("ics", "QRL"))) {
            String text = text(pdf);
            assertThat(text).doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
        }
        assertThat(text(report("trusts", "R1F"))).contains("not available");
    }

    @Test
    void aTrustWhoseSitesPublishedNoMeasureAtAllGetsNoDocumentAndTheOthersReadCleanly(@TempDir Path dir) throws Exception {
        // The real 2019/20 rows of two trusts, the first with every measure a layout reads marked "Not Applicable" as ERIC does.
        Path home = Packs.home();
        List<CSVRecord> rows = Packs.csv(home.resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv"));
        Set<String> measures = new java.util.HashSet<>();
        new ObjectMapper().readTree(home.resolve("layouts/eric-site-2019-20.json").toFile()).get("measures")
                .forEach(headers -> headers.forEach(h -> measures.add(h.asText())));
        String blank = rows.get(0).get("Trust Code");
        String other = rows.stream().map(r -> r.get("Trust Code")).filter(c -> !c.equals(blank)).findFirst().orElseThrow();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        Path file = dir.resolve("synthetic-no-measures-2019-20.csv");
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (CSVRecord r : rows) {
                String code = r.get("Trust Code");
                if (code.equals(blank)) csv.printRecord(header.stream().map(h -> measures.contains(h) ? "Not Applicable" : r.get(h)).toList());
                else if (code.equals(other)) csv.printRecord(r.values());
            }
        }
        Packs.Run run = Packs.run("generate", "--year", "2019-20", "--eric", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // A document without a single figure would say "not available" page after page: none is written; figures.csv lists the trust.
        try (var s = Files.list(dir.resolve("out/2019-20/trusts"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(blank + "-")).anyMatch(n -> n.startsWith(other + "-"));
        }
        assertThat(Packs.csv(dir.resolve("out/2019-20/figures.csv"))).anySatisfy(r -> assertThat(r.get("code")).isEqualTo(blank));
        assertThat(text(dir.resolve("out/2019-20/national/ENG-england.pdf"))).contains("not available")
                .doesNotContain("null").doesNotContain("NaN").doesNotContain("Infinity");
    }

    /**
     * A screen reader reads a table row by row and cell by cell: every row sits in a table, never in another row, and
     * every cell in a row (a name wrapped onto the next page lost its row: RPG's report had one); tables hold rows
     * only (no heading, page footer or text of the page carried into them: RPG's opportunities table is still open
     * when its readiness section begins). (A ×10 synthetic area report, with hundreds of members, has rows inside
     * rows; the real pack's have none.)
     */
    @Test
    void tablesHoldOnlyRowsAndRowsOnlyCellsInTheLargestAreaReportsAndTrusts() throws Exception {
        for (Path pdf : List.of(report("ics", "QYG"), report("regions", "Y60"), report("national", "ENG"), report("trusts", "RJ1"),
                report("trusts", "RPG"))) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                java.util.Map<String, Integer> pairs = new java.util.TreeMap<>();
                for (Object kid : d.getDocumentCatalog().getStructureTreeRoot().getKids()) pairs(kid, "", pairs);
                String name = pdf.getFileName().toString();
                assertThat(pairs.keySet()).as(name + ": what tables hold").filteredOn(p -> p.startsWith("Table>")).containsOnly("Table>TR");
                assertThat(pairs.keySet()).as(name + ": what holds rows").filteredOn(p -> p.endsWith(">TR")).containsOnly("Table>TR");
                assertThat(pairs.keySet()).as(name + ": what holds cells").filteredOn(p -> p.endsWith(">TD") || p.endsWith(">TH"))
                        .containsOnly("TR>TD", "TR>TH");
                assertThat(pairs.get("Table>TR")).as(name + " table rows").isGreaterThan(10);
                // An empty heading is tagged with an empty span: trust reports had one, a heading whose text never fitted its box.
                assertThat(pairs.keySet()).as(name + ": empty headings").noneMatch(p -> p.matches("H[1-6]>Span"));
            }
        }
    }

    /** How often each parent>child pair of structure types occurs under the node. */
    private static void pairs(Object node, String parent, java.util.Map<String, Integer> out) {
        if (!(node instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e)) return;
        out.merge(parent + ">" + e.getStructureType(), 1, Integer::sum);
        for (Object kid : e.getKids()) pairs(kid, e.getStructureType(), out);
    }

    @Test
    void reportsAreTaggedTitledInBritishEnglishWithEveryFontEmbedded() throws Exception {
        for (Path pdf : List.of(report("trusts", "R1F"), report("regions", "Y56"))) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                var catalog = d.getDocumentCatalog();
                assertThat(catalog.getMarkInfo()).isNotNull();
                assertThat(catalog.getMarkInfo().isMarked()).isTrue();
                assertThat(catalog.getStructureTreeRoot()).isNotNull();
                assertThat(catalog.getLanguage()).isEqualTo("en-GB");
                assertThat(d.getDocumentInformation().getTitle()).contains("sustainability opportunities");
                assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
                int fonts = 0;
                for (PDPage page : d.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName n : res.getFontNames()) {
                        PDFont f = res.getFont(n);
                        assertThat(f.isEmbedded()).as(pdf.getFileName() + " font " + f.getName()).isTrue();
                        assertThat(f.getName()).contains("DejaVu");
                        fonts++;
                    }
                }
                assertThat(fonts).isPositive();
            }
        }
    }

    @Test
    void everyMemberSpineChartHasAlternativeTextNamingItsTrustAndItsPeers() throws Exception {
        try (PDDocument d = Loader.loadPDF(report("ics", "QRL").toFile())) {
            List<String> alts = new java.util.ArrayList<>();
            collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).hasSizeGreaterThanOrEqualTo(11);
            assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("RHU Energy use per floor area: ").contains("rank ").contains("Peers range from"));
        }
    }

    static void collectAlt(List<Object> kids, List<String> into) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) into.add(e.getAlternateDescription());
                collectAlt(e.getKids(), into);
            }
        }
    }

    @Test
    void theSameFiguresGiveByteIdenticalReports() throws Exception {
        Path out = Packs.repeatPack().getParent();
        for (String[] r : new String[][]{{"national", "ENG"}, {"ics", "QRL"}, {"trusts", "R1F"}}) {
            Path again;
            try (var s = Files.list(out.resolve(YEAR).resolve(r[0]))) {
                again = s.filter(p -> p.getFileName().toString().startsWith(r[1] + "-") && p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            }
            assertThat(Files.mismatch(again, report(r[0], r[1]))).as(r[1]).isEqualTo(-1L);
        }
    }
}
