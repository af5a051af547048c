package uk.nhs.greenbench.ingest;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StreamedXlsxTest {
    @TempDir
    Path dir;

    @Test
    void everySheetOfEveryBundledXlsxReadsAsTheFullWorkbookModelReadsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(TestProject.home().resolve("data")), Files.walk(TestProject.home().resolve("regions")))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).as("the DESNZ flat files and the ICB assignment").hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) assertStreamedEqualsModel(file);
    }

    @Test
    void numbersStringsBooleansErrorsFormulasAndGapsReadAsTheFullModelReadsThem() throws Exception {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Site Data");
            CellStyle styled = wb.createCellStyle();
            styled.setWrapText(true);
            XSSFRow title = sheet.createRow(0);
            title.createCell(2).setCellValue("Energy");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(3014.5600000000004);
            row.createCell(1).setCellValue(1e-7);
            row.createCell(2).setCellValue(-12345678901234.5);
            row.createCell(3).setCellValue("  padded text, “quoted” £ m² _x000D_ ");
            XSSFRichTextString rich = new XSSFRichTextString("Bold then plain");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            row.createCell(4).setCellValue(rich);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellErrorValue(FormulaError.DIV0);
            row.createCell(8).setCellStyle(styled); // a formatted empty cell after a gap
            sheet.createRow(3).createCell(1).setCellValue(""); // row 3 (index 2) missing
            sheet.createRow(5); // a row with no cells
            XSSFRow formulas = sheet.createRow(6);
            XSSFCell sum = formulas.createCell(0);
            sum.setCellFormula("A2+B2");
            sum.setCellValue(3014.5600001);
            XSSFCell text = formulas.createCell(1);
            text.setCellFormula("D2&\"x\"");
            text.setCellValue("cached text");
            XSSFCell truth = formulas.createCell(2);
            truth.setCellFormula("1=1");
            truth.setCellValue(false);
            wb.createSheet("Second").createRow(0).createCell(0).setCellValue(7);
            wb.write(out);
        }
        assertStreamedEqualsModel(file);
        try (StreamedXlsx streamed = new StreamedXlsx(file)) {
            List<String> row = streamed.sheet("Site Data").row(1);
            assertThat(row).containsExactly("3014.56", "0.0000001", "-12345678901234.5", "  padded text, “quoted” £ m² \r ",
                    "Bold then plain", "TRUE", "#ERROR", "", "");
        }
    }

    @Test
    void aFormulaWithoutItsCachedResultIsReadThroughTheFullModel() throws Exception {
        Path file = dir.resolve("uncached.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFRow row = wb.createSheet("Site Data").createRow(0);
            row.createCell(0).setCellValue("Organisation Code");
            row.createCell(1).setCellFormula("1+1"); // POI writes no cached value for it
            wb.write(out);
        }
        try (StreamedXlsx streamed = new StreamedXlsx(file)) {
            org.junit.jupiter.api.Assertions.assertThrows(StreamedXlsx.Unsupported.class, () -> streamed.sheet("Site Data"));
        }
        try (WorkbookTableReader.OpenWorkbook wb = WorkbookTableReader.open(file)) {
            assertThat(wb.grid("Site Data")).isEqualTo(modelGrids(file).get(0));
        }
    }

    @Test
    void aSheetIsFoundWhateverTheCaseOfItsNameAndAnOtherPackageIsLeftToTheFullModel() throws Exception {
        Path file = dir.resolve("case.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Factors by Category").createRow(0).createCell(0).setCellValue("Level 1");
            wb.write(out);
        }
        try (WorkbookTableReader.OpenWorkbook wb = WorkbookTableReader.open(file)) {
            assertThat(wb.read("factors by category", 1).headers()).containsExactly("Level 1");
        }
        Path notAWorkbook = dir.resolve("document.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notAWorkbook))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/></Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> new StreamedXlsx(notAWorkbook));
        org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> WorkbookTableReader.sheetNames(notAWorkbook));
    }

    private static void assertStreamedEqualsModel(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        }
        List<SheetGrid> model = modelGrids(file);
        try (StreamedXlsx streamed = new StreamedXlsx(file)) {
            assertThat(streamed.sheetNames()).as(file.getFileName().toString()).isEqualTo(names);
            for (int i = 0; i < names.size(); i++) {
                assertThat(streamed.sheet(names.get(i))).as(file.getFileName() + " [" + names.get(i) + "]").isEqualTo(model.get(i));
            }
        }
    }

    private static List<SheetGrid> modelGrids(Path file) throws Exception {
        List<SheetGrid> grids = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) grids.add(WorkbookTableReader.gridOf(wb.getSheetAt(i)));
        }
        return grids;
    }
}
