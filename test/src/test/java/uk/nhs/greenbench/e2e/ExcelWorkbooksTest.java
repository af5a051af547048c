package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.Input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Re-reads the written workbooks with POI and checks them against figures.csv and their XML. */
// Reads the shared packs on one core: it runs beside the other tests once a worker is free (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class ExcelWorkbooksTest {
    static final String YEAR = "2023-24";
    static final Map<String, String> NS = Map.of(
            "c", "http://schemas.openxmlformats.org/drawingml/2006/chart",
            "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
            "m", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");

    private static void assertSame(Double cached, String csv, String what) {
        if (csv.isEmpty()) {
            assertThat(cached).as(what + " (not available)").isNull();
        } else {
            double expected = Double.parseDouble(csv);
            assertThat(cached).as(what).isNotNull();
            assertThat(cached).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void everyTrustIcsRegionAndTheNationGetsAWorkbook() throws Exception {
        Path pack = Packs.pack(YEAR);
        try (var s = Files.list(pack.resolve("trusts"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(Expected.siteTrusts(YEAR));
        }
        try (var s = Files.list(pack.resolve("ics"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(Expected.icbs());
        }
        try (var s = Files.list(pack.resolve("regions"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".xlsx")).count()).isEqualTo(Expected.regions());
        }
        assertThat(pack.resolve("national/ENG-england.xlsx")).exists();
    }

    @Test
    void trustSavingsCachedInTheWorkbookEqualFiguresCsv() throws Exception {
        for (String code : List.of("R1F", "RHU", "RX1", "TAD")) {
            try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, code))) {
                Map<String, Row> rows = Workbooks.savingsRows(wb);
                for (CSVRecord f : Packs.figures(YEAR)) {
                    if (!f.get("level").equals("trust") || !f.get("code").equals(code)) continue;
                    Row r = rows.get(code + "|" + f.get("indicator"));
                    assertThat(r).as(code + " " + f.get("indicator")).isNotNull();
                    String what = code + " " + f.get("indicator");
                    assertSame(Workbooks.number(r.getCell(5)), f.get("value"), what + " value");
                    assertSame(Workbooks.number(r.getCell(11)), f.get("saving_typical_units"), what + " typical units");
                    assertSame(Workbooks.number(r.getCell(17)), f.get("saving_typical_gbp"), what + " typical £");
                    assertSame(Workbooks.number(r.getCell(18)), f.get("saving_typical_tco2e"), what + " typical tCO2e");
                    assertSame(Workbooks.number(r.getCell(19)), f.get("saving_stretch_gbp"), what + " stretch £");
                    assertSame(Workbooks.number(r.getCell(20)), f.get("saving_stretch_tco2e"), what + " stretch tCO2e");
                    if (!f.get("value").isEmpty()) {
                        assertThat(r.getCell(17).getCellType()).as(what + " £ is a live formula").isIn(CellType.FORMULA, CellType.STRING);
                    }
                }
            }
        }
    }

    @Test
    void thePeersSheetChecksThePeerMedianWithPercentile() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RHU"))) {
            var peers = wb.getSheet("Peers");
            CSVRecord f = Packs.figure(YEAR, "trust", "RHU", "energy-intensity");
            assertThat(peers.getRow(2).getCell(3).getCellFormula()).startsWith("PERCENTILE(");
            assertThat(Workbooks.number(peers.getRow(2).getCell(3))).isCloseTo(Packs.num(f, "peer_median"), within(1e-9));
            assertThat(peers.getTables()).singleElement().satisfies(t -> assertThat(t.getName()).isEqualTo("PeerData"));
            assertThat(peers.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void areaWorkbooksAddUpTheMembersPositiveSavings() throws Exception {
        for (String[] area : new String[][]{{"ics", "QRL"}, {"regions", "Y56"}, {"national", "ENG"}}) {
            Path file = Workbooks.find(Packs.pack(YEAR).resolve(area[0]), area[1]);
            String level = area[0].equals("regions") ? "region" : area[0];
            try (XSSFWorkbook wb = Workbooks.open(file)) {
                var summary = wb.getSheet("Summary");
                int checked = 0;
                for (Row r : summary) {
                    if (r.getCell(1) == null || r.getCell(5) == null || r.getRowNum() < 10) continue;
                    String title = r.getCell(1).getStringCellValue();
                    CSVRecord f = Packs.figures(YEAR).stream().filter(x -> x.get("level").equals(level) && x.get("code").equals(area[1]))
                            .filter(x -> Fixtures.title(x.get("indicator")).equals(title)).findFirst().orElse(null);
                    if (f == null) continue;
                    assertSame(Workbooks.number(r.getCell(3)), f.get("value"), area[1] + " " + title + " value");
                    assertSame(Workbooks.number(r.getCell(5)), f.get("saving_typical_gbp"), area[1] + " " + title + " typical £");
                    assertSame(Workbooks.number(r.getCell(8)), f.get("saving_stretch_tco2e"), area[1] + " " + title + " stretch tCO2e");
                    checked++;
                }
                // 15 from ERIC (three of them the clinical waste mix), 7 that need returns, the ICB inhaler share
                // (no data supplied in the bundled pack) and 15 readiness measures
                assertThat(checked).as(area[1] + " indicators checked").isEqualTo(38);
                assertThat(wb.getSheet("League table")).isNotNull();
            }
        }
    }

    @Test
    void chartsAreNativeWithExplicitSeriesColours() throws Exception {
        Path file = Workbooks.trust(YEAR, "R1F");
        String chart = Workbooks.entry(file, "xl/charts/chart1.xml");
        org.xmlunit.assertj3.XmlAssert.assertThat(chart).withNamespaceContext(NS).hasXPath("//c:barChart/c:ser/c:spPr/a:solidFill/a:srgbClr");
        org.xmlunit.assertj3.XmlAssert.assertThat(chart).withNamespaceContext(NS).hasXPath("//c:barChart/c:ser/c:dPt/c:spPr/a:solidFill/a:srgbClr[@val='005EB8']");
        org.xmlunit.assertj3.XmlAssert.assertThat(chart).withNamespaceContext(NS).hasXPath("//c:lineChart/c:ser/c:spPr/a:ln/a:solidFill/a:srgbClr");
        Path ics = Workbooks.find(Packs.pack(YEAR).resolve("ics"), "QRL");
        org.xmlunit.assertj3.XmlAssert.assertThat(Workbooks.entry(ics, "xl/charts/chart1.xml")).withNamespaceContext(NS)
                .nodesByXPath("//c:barChart/c:ser/c:spPr/a:solidFill/a:srgbClr").hasSize(2);
    }

    @Test
    void assumptionsAreNamedInputsWithABenchmarkDropDown() throws Exception {
        Path file = Workbooks.trust(YEAR, "R1F");
        String workbook = Workbooks.entry(file, "xl/workbook.xml");
        org.xmlunit.assertj3.XmlAssert.assertThat(workbook).withNamespaceContext(NS).hasXPath("//m:definedName[@name='benchmark']");
        org.xmlunit.assertj3.XmlAssert.assertThat(workbook).withNamespaceContext(NS).hasXPath("//m:definedName[@name='f_electricity_grid']");
        org.xmlunit.assertj3.XmlAssert.assertThat(workbook).withNamespaceContext(NS).hasXPath("//m:definedName[@name='cost_energy_intensity']");
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            int index = wb.getSheetIndex("Assumptions");
            String sheetXml = Workbooks.entry(file, "xl/worksheets/sheet" + (sheetNumber(wb, index)) + ".xml");
            org.xmlunit.assertj3.XmlAssert.assertThat(sheetXml).withNamespaceContext(NS)
                    .hasXPath("//m:dataValidation[@type='list']/m:formula1[contains(., 'Typical')]");
            var name = wb.getName("cost_energy_intensity");
            var ref = new org.apache.poi.ss.util.CellReference(name.getRefersToFormula());
            var cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            assertThat(cell.getCellStyle().getLocked()).as("input cells are unlocked").isFalse();
        }
    }

    private static int sheetNumber(XSSFWorkbook wb, int index) {
        String part = wb.getSheetAt(index).getPackagePart().getPartName().getName();
        return Integer.parseInt(part.replaceAll("\\D", ""));
    }

    @Test
    void documentPropertiesAreSetAndFixed() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "R1F"))) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains("Isle of Wight NHS Trust");
            assertThat(core.getSubject()).isNotBlank();
            assertThat(core.getCreated()).isEqualTo(java.util.Date.from(java.time.LocalDate.of(Integer.parseInt(YEAR.substring(0, 4)) + 1, 3, 31)
                    .atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        }
    }

    @Test
    void sameFiguresGiveByteIdenticalWorkbooks() throws Exception {
        Path out = Packs.repeatPack().getParent(); // a second run in a fresh JVM, another time zone and locale
        for (String sub : List.of("national", "regions")) {
            try (var s = Files.list(out.resolve(YEAR).resolve(sub))) {
                for (Path f : s.toList()) {
                    assertThat(Files.mismatch(f, Packs.pack(YEAR).resolve(sub).resolve(f.getFileName()))).as(f.toString()).isEqualTo(-1L);
                }
            }
        }
        Path t = Workbooks.find(out.resolve(YEAR).resolve("trusts"), "R1F");
        assertThat(Files.mismatch(t, Workbooks.trust(YEAR, "R1F"))).isEqualTo(-1L);
    }

    @Test
    void theNetZeroChartPlacesYearsOnATimeAxisSoFourYearsLookLikeFour() throws Exception {
        Path rj1 = Workbooks.trust(YEAR, "RJ1");
        List<String> pathCharts = new java.util.ArrayList<>();
        try (var z = new java.util.zip.ZipFile(rj1.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                if (!e.getName().startsWith("xl/charts/")) continue;
                String xml = new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (xml.contains("Net Zero path")) pathCharts.add(xml);
            }
        }
        assertThat(pathCharts).isNotEmpty();
        for (String chart : pathCharts) {
            org.xmlunit.assertj3.XmlAssert.assertThat(chart).withNamespaceContext(NS).hasXPath("//c:scatterChart");
            org.xmlunit.assertj3.XmlAssert.assertThat(chart).withNamespaceContext(NS).doesNotHaveXPath("//c:catAx");
            List<Double> x = new java.util.ArrayList<>();
            var nodes = new org.xmlunit.xpath.JAXPXPathEngine();
            nodes.setNamespaceContext(NS);
            for (var n : nodes.selectNodes("//c:ser[1]/c:xVal//c:pt/c:v", org.xmlunit.builder.Input.fromString(chart).build())) {
                x.add(Double.parseDouble(n.getTextContent()));
            }
            assertThat(x).as("the years, as numbers, rising").isSorted().contains(2030.0, 2040.0);
            assertThat(x.get(0)).isBetween(2013.0, 2024.0);
        }
    }

    @Test
    void organisationNamesAreInTitleCaseAsInTheReportsNeverAllCapitals() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RJ1"))) {
            assertThat(wb.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Guy's and St Thomas' NHS Foundation Trust (RJ1)");
            assertThat(wb.getSheet("Trends").getRow(0).getCell(0).getStringCellValue()).startsWith("Guy's and St Thomas' NHS Foundation Trust: ");
            List<String> peers = new java.util.ArrayList<>();
            wb.getSheet("Peers").forEach(r -> {
                if (r.getRowNum() > 3 && r.getCell(1) != null) peers.add(r.getCell(1).getStringCellValue());
            });
            assertThat(peers).isNotEmpty().noneMatch(n -> n.equals(n.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void withoutAReturnsFileTheWorkbookHasNoEmptyThemeSheetsAndItsSummarySaysHowToAddThemAndWhereTheWhatIfSwitchIs() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RJ1"))) {
            assertThat(wb.getSheet("Anaesthetics")).isNull();
            assertThat(wb.getSheet("Travel")).isNull();
            List<String> summary = new java.util.ArrayList<>();
            wb.getSheet("Summary").forEach(r -> r.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) summary.add(c.getStringCellValue());
            }));
            assertThat(summary).anyMatch(t -> t.contains("cell D4 switches every saving between Typical"))
                    .anyMatch(t -> t.contains("add it with a returns file (greenbench generate --returns FILE"));
            // The switch is where the Summary says: Assumptions!D4, a Typical/Stretch list.
            assertThat(wb.getSheet("Assumptions").getRow(3).getCell(3).getStringCellValue()).isEqualTo("Typical");
        }
    }

    @Test
    void theTrustSummaryMarksWhichSavingsCountInTheTotalAndGreysTheOthers() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RJ1"))) {
            var summary = wb.getSheet("Summary");
            int notes = -1, gbp = -1;
            java.util.Map<String, Row> rows = new java.util.HashMap<>();
            for (Row r : summary) {
                for (var c : r) {
                    if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) continue;
                    if (c.getStringCellValue().equals("Notes")) notes = c.getColumnIndex();
                    if (c.getStringCellValue().equals("£ (typical)")) gbp = c.getColumnIndex();
                }
                if (r.getCell(1) != null && r.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) rows.put(r.getCell(1).getStringCellValue(), r);
            }
            Row use = rows.get("Energy use per floor area"), cost = rows.get("Energy cost per floor area");
            assertThat(use.getCell(notes).getStringCellValue()).startsWith("Headline: its saving counts in the total above.");
            assertThat(cost.getCell(notes).getStringCellValue()).startsWith("Not in the total (grey): another view of the same gaps");
            var useFont = ((org.apache.poi.xssf.usermodel.XSSFCell) use.getCell(gbp)).getCellStyle().getFont();
            var costFont = ((org.apache.poi.xssf.usermodel.XSSFCell) cost.getCell(gbp)).getCellStyle().getFont();
            assertThat(useFont.getItalic()).isFalse();
            assertThat(costFont.getItalic()).isTrue();
            assertThat(costFont.getXSSFColor().getARGBHex()).endsWith("5E6B73");
            // An indicator whose rule prices nothing is compared only: "not priced", never "not available" (a missing figure).
            Row renewable = rows.get("Renewable share of electricity");
            assertThat(renewable.getCell(gbp).getStringCellValue()).isEqualTo("not priced");
            assertThat(renewable.getCell(notes).getStringCellValue()).startsWith("Compared, not priced").doesNotContain("another view of the same gaps");
        }
    }

    @Test
    void scenarioDsTypicalSavingsAreTheSavingsSheetsOwnSoTheyRecomputeWithIt() throws Exception {
        var capacity = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Packs.home().resolve("factors/capacity.json").toFile());
        java.util.List<String> ids = new java.util.ArrayList<>();
        capacity.path("savingsIndicators").forEach(n -> ids.add(n.asText()));
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RX1"))) {
            double expected = 0;
            for (Row r : Workbooks.savingsRows(wb).values()) {
                Double t = Workbooks.number(r.getCell(18));
                if (ids.contains(r.getCell(2).getStringCellValue()) && t != null) expected += t;
            }
            org.apache.poi.ss.usermodel.Cell applied = null;
            for (Row r : wb.getSheet("Capacity and demand")) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals("Typical savings applied in (d), tCO2e")) applied = r.getCell(3);
            }
            assertThat(applied).as("the row of scenario (d)'s savings").isNotNull();
            assertThat(applied.getCellType()).as("a formula, not a typed-in figure").isEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
            assertThat(applied.getCellFormula()).contains("Savings");
            assertThat(applied.getNumericCellValue()).isCloseTo(expected, within(1e-6 * Math.abs(expected) + 1e-9));
        }
    }

    @Test
    void theSummaryShowsWhatMeetingTheNationalTargetsWouldSaveAsFormulasOverTheSavingsSheet() throws Exception {
        for (String[] who : new String[][]{{"trust", "RX1"}, {"ics", "QRL"}}) {
            CSVRecord fig = Packs.figure(YEAR, who[0], who[1], "clinical-waste-segregation");
            Path file = who[0].equals("trust") ? Workbooks.trust(YEAR, who[1]) : Workbooks.find(Packs.pack(YEAR).resolve("ics"), who[1]);
            try (XSSFWorkbook wb = Workbooks.open(file)) {
                Row target = null;
                int gbpCol = -1;
                for (Row r : wb.getSheet("Summary")) {
                    for (var c : r) if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("£ a year")) gbpCol = c.getColumnIndex();
                    if (r.getCell(0) != null && r.getCell(0).toString().equals("National target") && r.getCell(1).toString().startsWith("Clinical waste")) target = r;
                }
                assertThat(target).as(who[1] + " has the 20/20/60 target's row").isNotNull();
                assertThat(gbpCol).as(who[1] + " has the targets' £ column").isPositive();
                double gbp = Packs.num(fig, "saving_target_gbp"), t = Packs.num(fig, "saving_target_tco2e");
                assertThat(target.getCell(gbpCol).getCellFormula()).as(who[1]).contains("Savings");
                assertThat(target.getCell(gbpCol).getNumericCellValue()).as(who[1] + " £").isCloseTo(gbp, within(1e-6 * Math.abs(gbp) + 1e-6));
                assertThat(target.getCell(gbpCol + 1).getNumericCellValue()).as(who[1] + " tCO2e").isCloseTo(t, within(1e-6 * Math.abs(t) + 1e-6));
            }
        }
    }

    @Test
    void noSummaryTextIsCutOffByTheCellBesideIt() throws Exception {
        for (Path file : List.of(Workbooks.trust(YEAR, "RJ1"), Workbooks.trust(YEAR, "R1F"), Workbooks.find(Packs.pack(YEAR).resolve("ics"), "QKK"))) {
            try (XSSFWorkbook wb = Workbooks.open(file)) {
                var sheet = wb.getSheet("Summary");
                List<String> cut = new java.util.ArrayList<>();
                for (Row r : sheet) {
                    for (var c : r) {
                        if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || c.getCellStyle().getWrapText()) continue;
                        var next = r.getCell(c.getColumnIndex() + 1);
                        boolean blocked = next != null && next.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK
                                && !(next.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && next.getStringCellValue().isEmpty());
                        // A column holds about (width / 256) characters of the 11 pt default font; smaller text takes less.
                        double chars = sheet.getColumnWidth(c.getColumnIndex()) / 256.0;
                        double size = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
                        if (blocked && c.getStringCellValue().length() * size / 11 > chars * 1.1) cut.add(c.getAddress() + " " + c.getStringCellValue());
                    }
                }
                assertThat(cut).as(file.getFileName().toString()).isEmpty();
            }
        }
    }
}
