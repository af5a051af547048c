package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.SpineScale;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.xlsx.Style;

/**
 * A spine chart drawn in a row of narrow cells, so that it looks the same in Excel and LibreOffice and needs no
 * picture: the peers' range in light grey, their middle half darker, the median marked at the centre, and the
 * organisation as a dot in its position's colour (the Position column beside it says the same in words).
 */
final class SpineCells {
    static final int CELLS = 15;
    private static final double WIDTH = 2.2;
    private static final String RANGE = "E8EDEE", MIDDLE_HALF = "AEB7BD", MEDIAN = "212B32";

    private SpineCells() {
    }

    /** The header over the cells: the words in the first, the others the header's colour. */
    static void header(SheetWriter w, int row, int firstCol, String words) {
        Styles s = w.styles();
        Style unwrapped = s.text.withBold().withColor("FFFFFF").withFill(Styles.NHS_BLUE).withVertical("center");
        w.text(row, firstCol, words, unwrapped);
        for (int i = 1; i < CELLS; i++) w.blank(row, firstCol + i, unwrapped);
        for (int i = 0; i < CELLS; i++) w.sheet().width(firstCol + i, WIDTH);
    }

    /** One row's spine; nothing when there is no value or no spread of peers to draw. */
    static void write(SheetWriter w, int row, int firstCol, Double value, Benchmark b, boolean lowIsGood, Position p) {
        SpineScale scale = SpineScale.of(b, lowIsGood);
        if (scale == null) return;
        Styles s = w.styles();
        double lo = Math.min(scale.place(scale.worst()), scale.place(scale.best())), hi = Math.max(scale.place(scale.worst()), scale.place(scale.best()));
        double qlo = Math.min(scale.place(scale.worseQuartile()), scale.place(scale.betterQuartile()));
        double qhi = Math.max(scale.place(scale.worseQuartile()), scale.place(scale.betterQuartile()));
        int dot = value == null || p == null ? -1 : cell(scale.place(value));
        int median = cell(0.5);
        for (int i = 0; i < CELLS; i++) {
            double from = (double) i / CELLS, to = (double) (i + 1) / CELLS;
            String fill = overlaps(from, to, qlo, qhi) ? MIDDLE_HALF : overlaps(from, to, lo, hi) ? RANGE : null;
            Style base = s.made("spine " + fill, () -> {
                Style centred = s.text.withHorizontal("center").withVertical("center");
                return fill == null ? centred : centred.withFill(fill);
            });
            if (i == dot) {
                w.text(row, firstCol + i, "●", s.made("spine dot " + fill + " " + p.textColour(),
                        () -> base.withBold().withSize(13).withColor(p.textColour())));
            } else if (i == median) {
                w.text(row, firstCol + i, "│", s.made("spine median " + fill, () -> base.withColor(MEDIAN)));
            } else {
                w.blank(row, firstCol + i, base);
            }
        }
    }

    private static int cell(double place) {
        return Math.min(CELLS - 1, (int) Math.floor(place * CELLS));
    }

    private static boolean overlaps(double from, double to, double lo, double hi) {
        return to > lo && from <= hi;
    }
}
