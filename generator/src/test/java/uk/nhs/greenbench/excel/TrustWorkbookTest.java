package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.figures.FiguresIndex;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.Fixtures;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.pipeline.FiguresCalculator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.greenbench.Fixtures.site;

/** A workbook for synthetic trusts whose names look like formulas (synthetic fixture, not real data). */
class TrustWorkbookTest {
    @TempDir
    Path dir;

    private Figures syntheticFigures() {
        List<SiteRecord> rows = new ArrayList<>();
        String[] codes = {"RAL", "RAP", "RAS", "RAX", "RJ1", "RJ2"};
        for (int i = 0; i < codes.length; i++) {
            SiteRecord s = site(codes[i], "ACUTE - SMALL", codes[i] + "01", i + 2, "gia_m2", 1000, "water_m3", 1000 * (i + 1),
                    "water_cost_gbp", 2000 * (i + 1), "elec_grid_kwh", 100_000 * (i + 1), "energy_cost_gbp", 20_000 * (i + 1));
            String hostile = switch (i) {
                case 0 -> "=HYPERLINK(\"http://example.invalid\",\"click\")";
                case 1 -> "+44 Trust";
                case 2 -> "-Minus Trust";
                case 3 -> "@Sum(A1)";
                default -> s.trustName();
            };
            rows.add(new SiteRecord(s.trustCode(), hostile, s.region(), s.trustType(), s.siteCode(), s.siteName(), s.siteType(),
                    s.measures(), s.sourceRow()));
        }
        return Fixtures.figures("2019-20", rows);
    }

    /** The workbook of the figures' {@code n}th trust, written and read back with POI. */
    private XSSFWorkbook workbook(Figures f, int n) throws Exception {
        var ctx = new ExcelContext(new FiguresIndex(f), TestProject.project().indicators().forYear("2019-20"),
                TestProject.project().registry(), List.of(), "test");
        Path file = dir.resolve("t.xlsx");
        TrustWorkbook.write(file, ctx.index().orgs(Level.TRUST).get(n), ctx);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void namesThatLookLikeFormulasAreWrittenAsText() throws Exception {
        Figures f = syntheticFigures();
        try (XSSFWorkbook wb = workbook(f, 0)) {
            var title = wb.getSheet("Summary").getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).startsWith("=HYPERLINK");
            // Every hostile name is somewhere as text, and no formula holds any of them.
            List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid\",\"click\")", "+44 Trust", "-Minus Trust", "@Sum(A1)");
            java.util.Set<String> seenAsText = new java.util.HashSet<>();
            List<String> formulasWithNames = new ArrayList<>();
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
                            seenAsText.add(cell.getStringCellValue());
                        }
                        if (cell.getCellType() == CellType.FORMULA && List.of("HYPERLINK", "44 Trust", "Minus Trust", "Sum(A1)").stream()
                                .anyMatch(cell.getCellFormula()::contains)) {
                            formulasWithNames.add(sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            assertThat(seenAsText).containsExactlyInAnyOrderElementsOf(hostile);
            assertThat(formulasWithNames).isEmpty();
        }
    }

    @Test
    void theWorkbookHasTheExpectedSheetsInOrder() throws Exception {
        Figures f = syntheticFigures();
        try (XSSFWorkbook wb = workbook(f, 5)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            // No returns file: no empty Anaesthetics or Travel sheet (the Summary says how to add them).
            assertThat(names).containsExactly("Summary", "Energy", "Water", "Waste", "Carbon", "Net Zero readiness", "Sites", "Savings", "Assumptions",
                    "Peers", "Methodology", "Data quality");
            assertThat(wb.getSheet("Summary").getPrintSetup().getLandscape()).isTrue();
            assertThat(wb.getSheet("Summary").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void theSitesSheetListsEachSiteWithItsOwnTotalsAndValues() throws Exception {
        Figures f = syntheticFigures();
        try (XSSFWorkbook wb = workbook(f, 5)) {
            var sheet = wb.getSheet("Sites");
            var header = sheet.getRow(4);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).startsWith("Site code", "Site", "Site type", "Floor area (m²)").contains("Energy (kWh)", "Energy use per floor area (kWh/m²)");
            var site = sheet.getRow(5);
            assertThat(site.getCell(0).getStringCellValue()).isEqualTo("RJ201");
            assertThat(site.getCell(3).getNumericCellValue()).isEqualTo(1000);
            int energy = headers.indexOf("Energy (kWh)");
            // RJ2's one site: 600,000 kWh of grid electricity over 1,000 m².
            assertThat(site.getCell(energy).getNumericCellValue()).isEqualTo(600_000);
            assertThat(site.getCell(energy + 1).getNumericCellValue()).isEqualTo(600);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("One site. ");
        }
    }

    @Test
    void aYearPublishedByTrustOnlySaysSoOnTheSitesSheet() throws Exception {
        Figures f = syntheticFigures();
        Figures trustOnly = new Figures(f.year(), f.factors(), f.rows(), f.issues(), f.inputs(), f.trends(), f.peers(), f.checks(),
                uk.nhs.greenbench.model.Sites.NONE, f.capacity());
        var ctx = new ExcelContext(new FiguresIndex(trustOnly), TestProject.project().indicators().forYear("2019-20"),
                TestProject.project().registry(), List.of(), "test");
        Path file = dir.resolve("t.xlsx");
        TrustWorkbook.write(file, ctx.index().orgs(Level.TRUST).get(5), ctx);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Sites");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("ERIC 2019-20 is published by trust only");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }
}
