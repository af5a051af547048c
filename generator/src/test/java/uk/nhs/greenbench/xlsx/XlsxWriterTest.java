package uk.nhs.greenbench.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class XlsxWriterTest {
    private static final Style NUMBER = Style.DEFAULT.withFormat("#,##0.0");

    /** A small synthetic workbook using every feature the writer has. */
    private static Workbook sample() {
        Workbook wb = new Workbook();
        Sheet data = wb.sheet("Data");
        data.put(0, 0, new Cell.Text("Code", Style.DEFAULT.withBold().withFill("005EB8").withColor("FFFFFF")));
        data.put(0, 1, new Cell.Text("Value", Style.DEFAULT.withBold()));
        data.put(0, 2, new Cell.Text("Headline", Style.DEFAULT.withBold()));
        String[] codes = {"RAA", "RBB", "RCC", "RDD"};
        double[] values = {10, -5, 30, 40};
        for (int i = 0; i < codes.length; i++) {
            data.put(i + 1, 0, new Cell.Text(codes[i], Style.DEFAULT));
            data.put(i + 1, 1, new Cell.Number(values[i], NUMBER));
            data.put(i + 1, 2, new Cell.Text(i % 2 == 0 ? "Yes" : "No", Style.DEFAULT));
        }
        data.put(6, 0, new Cell.Text("=HYPERLINK(\"http://example.invalid\")", Style.DEFAULT));
        data.put(7, 0, new Cell.Text("control\u0000char _x0041_ & <tag>", Style.DEFAULT.withWrap()));
        data.table(new Sheet.Table("SyntheticData", 0, 0, 4, 2));
        data.freeze(1, 1);
        data.width(0, 12);
        data.print(true);
        data.repeatRows(0, 0);
        Sheet calc = wb.sheet("Calc");
        calc.put(0, 0, new Cell.Text("Typical", Style.DEFAULT.unlocked().withFill("FFF2CC").withBorder()));
        calc.validation(new Sheet.ListValidation(0, 0, List.of("Typical", "Stretch"), "Benchmark", "Choose one."));
        wb.define("choice", "Calc", 0, 0);
        // Each cached value is what the caller (the engine) computed; the writer writes it as given.
        calc.put(1, 0, new Cell.Formula("SUMIFS('Data'!$B$2:$B$5,'Data'!$C$2:$C$5,\"yes\",'Data'!$B$2:$B$5,\">0\")", 40.0, NUMBER));
        calc.put(2, 0, new Cell.Formula("IF(choice=\"Stretch\",1,2)*MAX(0,Data!B3)", 0.0, NUMBER));
        calc.put(3, 0, new Cell.Formula("PERCENTILE(Data!B2:B5,0.5)", 20.0, NUMBER));
        calc.put(4, 0, new Cell.Formula("A2/4", 10.0, NUMBER));
        calc.put(5, 0, new Cell.Formula("'Data'!A2", "RAA", Style.DEFAULT));
        calc.put(6, 0, new Cell.Formula("SUM(A2:A4)-A4", 40.0, NUMBER));
        calc.chart(new Sheet.PlacedChart(new Chart("Synthetic values", "units", false, new Chart.Range("Data", 1, 4, 0),
                List.of(Chart.Series.bars("Trusts", new Chart.Range("Data", 1, 4, 1), "A6A6A6").highlighting(2, "005EB8"),
                        Chart.Series.line("Median", new Chart.Range("Data", 1, 4, 1), "ED8B00", 2.25)), 40), 2, 0, 10, 15));
        wb.properties(new Workbook.Properties("Synthetic", "Test", "greenbench", "A test workbook", LocalDate.of(2024, 3, 31)));
        return wb;
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    @Test
    void formulasCarryTheCachedResultsTheyAreGivenAsNumberOrText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(sample())))) {
            XSSFSheet calc = wb.getSheet("Calc");
            assertThat(calc.getRow(1).getCell(0).getCellFormula()).startsWith("SUMIFS(");
            assertThat(calc.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(40.0); // 10 + 30 (Yes rows), RBB is No
            assertThat(calc.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(0.0); // 2 × MAX(0,-5)
            assertThat(calc.getRow(3).getCell(0).getNumericCellValue()).isCloseTo(20.0, within(1e-12));
            assertThat(calc.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(10.0);
            assertThat(calc.getRow(5).getCell(0).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(calc.getRow(5).getCell(0).getStringCellValue()).isEqualTo("RAA");
            assertThat(calc.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(40.0);
            // POI's own evaluator agrees with the cached values.
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            for (int r = 1; r <= 6; r++) {
                var cell = calc.getRow(r).getCell(0);
                var v = eval.evaluate(cell);
                if (v.getCellType() == CellType.NUMERIC) assertThat(cell.getNumericCellValue()).isCloseTo(v.getNumberValue(), within(1e-9));
                else assertThat(cell.getStringCellValue()).isEqualTo(v.getStringValue());
            }
        }
    }

    @Test
    void aFormulaWithoutAFiniteOrTextResultIsRefused() {
        for (Object bad : new Object[]{null, Double.NaN, Double.POSITIVE_INFINITY, Boolean.TRUE}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Cell.Formula("1+1", bad, NUMBER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1+1");
        }
    }

    @Test
    void textThatLooksLikeAFormulaOrHoldsControlCharactersStaysText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(sample())))) {
            XSSFSheet data = wb.getSheet("Data");
            assertThat(data.getRow(6).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(data.getRow(6).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(data.getRow(7).getCell(0).getStringCellValue()).isEqualTo("control\u0000char _x0041_ & <tag>");
        }
    }

    @Test
    void textLongerThanExcelsCellLimitIsCutWithANoteSoExcelOpensTheFile() throws Exception {
        Workbook wb = new Workbook();
        wb.sheet("Long").put(0, 0, new Cell.Text("x".repeat(40_000), Style.DEFAULT));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes(wb)))) {
            String text = read.getSheet("Long").getRow(0).getCell(0).getStringCellValue();
            assertThat(text).hasSize(Cell.Text.MAX_LENGTH).endsWith("the whole text is in the pack's CSV files]").contains("40,000");
        }
    }

    @Test
    void namesTablesValidationChartsAndPropertiesAreWritten() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(sample())))) {
            assertThat(wb.getName("choice").getRefersToFormula()).isEqualTo("'Calc'!$A$1");
            assertThat(wb.getSheet("Data").getTables()).singleElement().satisfies(t -> {
                assertThat(t.getName()).isEqualTo("SyntheticData");
                assertThat(t.getColumns()).extracting(c -> c.getName()).containsExactly("Code", "Value", "Headline");
            });
            assertThat(wb.getSheet("Calc").getDataValidations()).singleElement()
                    .satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Typical", "Stretch"));
            assertThat(wb.getSheet("Calc").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("Data").getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Synthetic");
            assertThat(wb.getSheet("Calc").getRow(0).getCell(0).getCellStyle().getLocked()).isFalse();
            assertThat(wb.getSheet("Data").getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        }
    }

    @Test
    void theSameWorkbookAlwaysGivesTheSameBytes() throws Exception {
        assertThat(bytes(sample())).isEqualTo(bytes(sample()));
    }
}
