package uk.nhs.greenbench.xlsx;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowHeightsTest {
    private static Cell[] row(Cell... cells) {
        return cells;
    }

    @Test
    void aRowOfOrdinaryTextKeepsTheDefaultHeight() {
        assertThat(RowHeights.of(row(new Cell.Text("short", Style.DEFAULT), new Cell.Number(3, Style.DEFAULT)), Map.of())).isZero();
    }

    @Test
    void aLargerFontOrWrappedTextMakesTheRowTaller() {
        assertThat(RowHeights.of(row(new Cell.Text("Title", Style.DEFAULT.withSize(16))), Map.of())).isEqualTo(20.0);
        String paragraph = "word ".repeat(60).trim(); // 299 characters in a 40-character column: 8 lines
        double height = RowHeights.of(row(new Cell.Text(paragraph, Style.DEFAULT.withWrap())), Map.of(0, 40.0));
        assertThat(height).isEqualTo(Math.ceil((8 * 12 + 0.75) * 4) / 4);
    }

    @Test
    void wrappingBreaksAtSpacesAndSplitsWordsLongerThanALine() {
        assertThat(RowHeights.lines("aaa bbb ccc", 7)).isEqualTo(2);
        assertThat(RowHeights.lines("a".repeat(20), 7)).isEqualTo(3);
        assertThat(RowHeights.lines("one\ntwo", 50)).isEqualTo(2);
    }

    @Test
    void countingInPlaceGivesTheLinesSplittingIntoWordsGave() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', 'c'};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 40); k > 0; k--) text.append(alphabet[random.nextInt(alphabet.length)]);
            int perLine = random.nextInt(1, 12);
            assertThat(RowHeights.lines(text.toString(), perLine)).as("\"%s\" at %d", text, perLine)
                    .isEqualTo(splitLines(text.toString(), perLine));
        }
    }

    /** The counting by String.split that RowHeights.lines replaced. */
    private static int splitLines(String text, int perLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > perLine) {
                    lines++;
                    used = 0;
                }
                while (len > perLine) {
                    lines++;
                    len -= perLine;
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return lines;
    }
}
