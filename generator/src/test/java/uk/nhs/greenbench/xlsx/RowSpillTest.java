package uk.nhs.greenbench.xlsx;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowSpillTest {
    private static final Style NUMBER = Style.DEFAULT.withFormat("#,##0.0");
    private static final Style WRAP = Style.DEFAULT.withWrap();

    /** A sheet of every kind of cell, with empty cells, empty rows and a long wrapped text; spilled every {@code every} rows when above 0. */
    private static Workbook workbook(int every) {
        Workbook wb = new Workbook();
        Sheet top = wb.sheet("Top");
        top.put(0, 0, new Cell.Text("before the large sheet", Style.DEFAULT));
        Sheet big = wb.sheet("Savings");
        big.width(3, 20);
        big.put(0, 0, new Cell.Text("Header", Style.DEFAULT.withBold()));
        big.table(new Sheet.Table("Big", 0, 0, 3499, 0)); // set before its rows leave memory, as the Peers sheet's
        for (int r = 2; r < 3500; r++) {
            if (r == 2) placeChart(big);
            if (every > 0 && r % every == 0) big.spillRowsBefore(r);
            if (r % 17 == 0) continue; // a row with no cells
            big.put(r, 0, new Cell.Text("R" + (r % 40), Style.DEFAULT));
            big.put(r, 2, new Cell.Number(r * 1.25, NUMBER));
            if (r % 3 == 0) big.put(r, 3, new Cell.Text("a wrapped text, “quoted”, £ and CO₂ ".repeat(1 + r % 4), WRAP));
            big.put(r, 4, new Cell.Formula("C" + (r + 1) + "*2", r * 2.5, NUMBER));
            if (r % 5 == 0) big.put(r, 5, new Cell.Formula("A" + (r + 1), "R" + (r % 40), Style.DEFAULT));
            if (r % 7 == 0) big.put(r, 7, new Cell.Blank(Style.DEFAULT.withFill("FFF2CC")));
            if (r % 11 == 0) big.put(r, 8, new Cell.Text("pair \uD83C\uDF33, lone \uD800 and \uDC00 " + (r % 3), Style.DEFAULT));
        }
        big.freeze(1, 1);
        big.autoFilter(0, 0, 3499, 7);
        Sheet after = wb.sheet("After");
        after.put(0, 0, new Cell.Formula("SUM(Savings!C3:C3500)", 1.0, NUMBER));
        wb.move("Savings", 0);
        wb.properties(new Workbook.Properties("Spill", "Test", "greenbench", "rows moved out of memory", LocalDate.of(2024, 3, 31)));
        return wb;
    }

    /** A chart over rows placed before they leave memory, as a trust workbook's theme sheet places its charts. */
    private static void placeChart(Sheet sheet) {
        sheet.chart(new Sheet.PlacedChart(new Chart("Values", "units", false, new Chart.Range("Savings", 2, 999, 0),
                List.of(Chart.Series.bars("Values", new Chart.Range("Savings", 2, 999, 2), "A6A6A6")), 40), 9, 2, 16, 20));
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (wb) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void rowsMovedOutOfMemoryAreWrittenBackToTheSameBytes() throws Exception {
        byte[] inMemory = bytes(workbook(0));
        for (int every : new int[]{1000, 333, 1}) {
            assertThat(bytes(workbook(every))).as("spilled every " + every + " rows").isEqualTo(inMemory);
        }
    }

    @Test
    void aRowMovedOutOfMemoryCanNoLongerBeReadOrChanged() {
        try (Workbook wb = new Workbook()) {
            Sheet s = wb.sheet("S");
            s.put(0, 0, new Cell.Text("a", Style.DEFAULT));
            s.put(5, 0, new Cell.Text("b", Style.DEFAULT));
            s.spillRowsBefore(3);
            assertThat(s.get(5, 0)).isEqualTo(new Cell.Text("b", Style.DEFAULT));
            assertThatThrownBy(() -> s.get(0, 0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1 of the S sheet");
            assertThatThrownBy(() -> s.put(2, 1, new Cell.Text("late", Style.DEFAULT))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aChartOverRowsMovedOutOfMemoryStillShowsTheirValues() {
        try (Workbook wb = new Workbook()) {
            Sheet s = wb.sheet("S");
            s.put(0, 0, new Cell.Number(7, Style.DEFAULT));
            s.chart(new Sheet.PlacedChart(new Chart("c", "u", false, new Chart.Range("S", 0, 1, 0),
                    List.of(Chart.Series.bars("v", new Chart.Range("S", 0, 1, 0), "A6A6A6")), 40), 2, 0, 6, 10));
            s.spillRowsBefore(3);
            assertThat(s.get(0, 0)).isEqualTo(new Cell.Number(7, Style.DEFAULT));
            assertThat(s.get(1, 0)).as("an empty cell in the chart's range").isNull();
            assertThatThrownBy(() -> s.get(0, 1)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aChartPlacedAfterItsRowsLeftMemoryFailsTheWriteInsteadOfShowingNothing() {
        try (Workbook wb = new Workbook()) {
            Sheet s = wb.sheet("S");
            s.put(0, 0, new Cell.Number(7, Style.DEFAULT));
            s.spillRowsBefore(3);
            s.chart(new Sheet.PlacedChart(new Chart("c", "u", false, new Chart.Range("S", 0, 1, 0),
                    List.of(Chart.Series.bars("v", new Chart.Range("S", 0, 1, 0), "A6A6A6")), 40), 2, 0, 6, 10));
            assertThatThrownBy(() -> wb.write(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
        }
    }
}
