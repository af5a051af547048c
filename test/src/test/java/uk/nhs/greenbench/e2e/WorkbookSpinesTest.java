package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks' Summary sheets as Fingertips draws a profile (read back with POI): a spine per indicator whose dot is
 * in its position's colour and on the better side of the median exactly when the position says better; the area
 * workbooks say where the area stands among its level and list the areas inside it with their own headline savings.
 */
class WorkbookSpinesTest {
    private static final String YEAR = "2023-24";

    /** Column index of the header cell whose text starts with {@code words}, in the sheet's header row. */
    private static int[] header(XSSFSheet s, String words) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(words)) return new int[]{r.getRowNum(), c.getColumnIndex()};
            }
        }
        throw new AssertionError("no header " + words + " on " + s.getSheetName());
    }

    private static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    @Test
    void theTrustSummaryDrawsASpineWhoseDotSitsOnTheSideItsPositionSaysInItsColour() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust(YEAR, "RJ1"))) {
            XSSFSheet s = wb.getSheet("Summary");
            int[] spine = header(s, "Worst ← peers → best");
            int position = header(s, "Position")[1];
            int cells = position - spine[1];
            assertThat(cells).isGreaterThan(5).isOdd();
            int checked = 0;
            for (int r = spine[0] + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null) continue; // the blank row between the indicators and the targets below them
                String pos = text(row, position);
                if (pos.isEmpty() || pos.equals("not available")) continue;
                int dot = -1;
                for (int i = 0; i < cells; i++) if (text(row, spine[1] + i).equals("●")) dot = i;
                if (text(row, position + 1).equals("not available")) continue;
                assertThat(dot).as(text(row, 1) + " has a dot").isNotNegative();
                int median = cells / 2;
                if (pos.startsWith("Best") || pos.startsWith("Better")) assertThat(dot).as(text(row, 1) + " " + pos).isGreaterThanOrEqualTo(median);
                if (pos.startsWith("Worst") || pos.startsWith("Worse")) assertThat(dot).as(text(row, 1) + " " + pos).isLessThanOrEqualTo(median);
                String dotColour = ((XSSFCell) row.getCell(spine[1] + dot)).getCellStyle().getFont().getXSSFColor().getARGBHex();
                String wordsColour = ((XSSFCell) row.getCell(position)).getCellStyle().getFont().getXSSFColor().getARGBHex();
                assertThat(dotColour).as(text(row, 1) + ": the dot is in the colour of its position's words").isEqualTo(wordsColour);
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void anIcsWorkbookShowsItsRankAndTheMedianOfAllIcssAsFiguresCsvHasThem() throws Exception {
        List<CSVRecord> figures = Packs.figures(YEAR);
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.find(Packs.pack(YEAR).resolve("ics"), "QKK"))) {
            XSSFSheet s = wb.getSheet("Summary");
            int[] median = header(s, "Median of all ICSs");
            int rank = header(s, "Rank")[1];
            header(s, "Worst ← ICSs → best");
            int checked = 0;
            for (int r = median[0] + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null) continue;
                String title = text(row, 1);
                CSVRecord f = figures.stream().filter(x -> x.get("level").equals("ics") && x.get("code").equals("QKK") && !x.get("peer_rank").isEmpty())
                        .filter(x -> Fixtures.title(x.get("indicator")).equals(title)).findFirst().orElse(null);
                if (f == null) continue;
                // "=1 of 42" when other ICSs share the value.
                assertThat(text(row, rank).replace("=", "")).as(title).isEqualTo(f.get("peer_rank") + " of " + f.get("peer_n"));
                // Stored to Excel's 15 significant digits.
                assertThat(row.getCell(median[1]).getNumericCellValue()).as(title)
                        .isCloseTo(Packs.num(f, "peer_median"), org.assertj.core.api.Assertions.within(1e-12 * Math.abs(Packs.num(f, "peer_median"))));
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void regionAndEnglandWorkbooksListTheAreasInsideThemWithTheirOwnHeadlineSavings() throws Exception {
        List<CSVRecord> figures = Packs.figures(YEAR);
        Map<String, Double> headline = new HashMap<>();
        for (CSVRecord f : figures) {
            if ((f.get("level").equals("ics") || f.get("level").equals("region")) && PdfReportsTest.HEADLINE.contains(f.get("indicator"))
                    && !f.get("saving_typical_gbp").isEmpty()) {
                headline.merge(f.get("code"), Packs.num(f, "saving_typical_gbp"), Double::sum);
            }
        }
        for (String[] area : new String[][]{{"regions", "Y56", "5", "ICSs"}, {"national", "ENG", String.valueOf(Expected.icbs() + Expected.regions()), "Regions and ICSs"}}) {
            try (XSSFWorkbook wb = Workbooks.open(Workbooks.find(Packs.pack(YEAR).resolve(area[0]), area[1]))) {
                // On a sheet of their own, second after the Summary, not under the Summary's frozen indicator header.
                assertThat(wb.getSheetName(1)).isEqualTo(area[3]);
                XSSFSheet s = wb.getSheet(area[3]);
                int listed = 0;
                for (Row row : s) {
                    String code = text(row, 0);
                    if (!headline.containsKey(code) || row.getCell(5) == null) continue;
                    assertThat(Workbooks.number(row.getCell(5))).as(area[1] + " lists " + code).isCloseTo(headline.get(code),
                            org.assertj.core.api.Assertions.within(0.01));
                    listed++;
                }
                assertThat(listed).as(area[1] + " areas listed").isEqualTo(Integer.parseInt(area[2]));
            }
        }
    }
}
