package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.figures.SpineScale;
import uk.nhs.greenbench.model.Benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * One row of a spine chart (Fingertips' convention), drawn as vector graphics into the PDF: a bar from the peer
 * group's worst value (left) to its best (right), the middle half of the peers as a darker band, the median as a
 * line at the centre, and the organisation as a dot coloured by its quartile: green always better, whatever the
 * polarity. Each quarter of the peers has a quarter of the width ({@link SpineScale}), so the median and the middle
 * half sit in the same place on every row and the dot always lies in the quarter its colour says.
 */
final class SpineChart extends AbstractRenderer implements Graphics2DRenderable {
    static final Color RANGE = new Color(0xE8, 0xED, 0xEE);
    static final Color MIDDLE_HALF = new Color(0xAE, 0xB7, 0xBD);
    static final Color MEDIAN = new Color(0x21, 0x2B, 0x32);
    private final SpineScale scale;
    private final Double value;
    private final QuartilePosition position;

    private SpineChart(SpineScale scale, Double value, QuartilePosition position) {
        this.scale = scale;
        this.value = value;
        this.position = position;
    }

    /**
     * The spine of a value among its peers, or null when there are no peers to draw. A value left out of the comparison
     * (a likely unit error) is drawn without its dot.
     */
    static SpineChart of(Double value, Benchmark b, boolean lowIsGood, QuartilePosition position) {
        SpineScale scale = SpineScale.of(b, lowIsGood);
        return scale == null ? null : new SpineChart(scale, b.rank() == null ? null : value, position);
    }

    /**
     * A value placed against a group it is not part of (England against its ICSs): always drawn with its dot.
     */
    static SpineChart placed(Double value, Benchmark b, boolean lowIsGood, QuartilePosition position) {
        SpineScale scale = SpineScale.of(b, lowIsGood);
        return scale == null ? null : new SpineChart(scale, value, position);
    }

    /** The dot's colours in words, for the legend under every spine table. */
    public static final String DOT_KEY = "dark green best quarter, light green better than the median, white at it, amber worse, red worst quarter";

    /** The dot's colour for a quartile position: the NHS identity's green to red. */
    static Color colour(QuartilePosition p) {
        return switch (p) {
            case BEST -> new Color(0x00, 0x96, 0x39);
            case BETTER -> new Color(0x78, 0xBE, 0x20);
            case MEDIAN -> new Color(0xFF, 0xFF, 0xFF);
            case WORSE -> new Color(0xFF, 0xB8, 0x1C);
            case WORST -> new Color(0xDA, 0x29, 0x1C);
        };
    }

    double place(double v) {
        return scale.place(v);
    }

    /**
     * What a spine is drawn on: the report's PDF page directly ({@link SpineOnPdf}, in the producer), or any Graphics2D.
     * Coordinates run from the top left, as in Graphics2D.
     */
    interface Canvas {
        void fillRectangle(Color colour, double x, double y, double width, double height);

        void verticalLine(Color colour, float lineWidth, double x, double top, double bottom);

        void dot(Color fill, Color outline, float lineWidth, double centreX, double centreY, double radius);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) throws JRException {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            drawOn(new OnGraphics(g2), area);
        } finally {
            g2.dispose();
        }
    }

    /** Draws the spine in the area: range, middle half, median and, when placed, the organisation's dot. */
    void drawOn(Canvas canvas, Rectangle2D area) {
        double pad = 4, x0 = area.getX() + pad, w = area.getWidth() - 2 * pad;
        double cy = area.getY() + area.getHeight() / 2, barH = Math.min(6, area.getHeight() * 0.45);
        double xWorst = x0 + w * place(scale.worst()), xBest = x0 + w * place(scale.best());
        canvas.fillRectangle(RANGE, Math.min(xWorst, xBest), cy - barH / 2, Math.abs(xBest - xWorst), barH);
        double xa = x0 + w * place(scale.worseQuartile()), xb = x0 + w * place(scale.betterQuartile());
        canvas.fillRectangle(MIDDLE_HALF, Math.min(xa, xb), cy - barH / 2, Math.max(0.5, Math.abs(xb - xa)), barH);
        double xm = x0 + w * place(scale.median());
        canvas.verticalLine(MEDIAN, 1f, xm, cy - barH / 2 - 2, cy + barH / 2 + 2);
        if (value != null && position != null) {
            double r = Math.min(3.4, area.getHeight() / 2 - 0.5), xv = x0 + w * place(value);
            canvas.dot(colour(position), MEDIAN, 0.6f, xv, cy, r);
        }
    }

    /** A spine drawn with Graphics2D. */
    private record OnGraphics(Graphics2D g) implements Canvas {
        @Override
        public void fillRectangle(Color colour, double x, double y, double width, double height) {
            g.setColor(colour);
            g.fill(new Rectangle2D.Double(x, y, width, height));
        }

        @Override
        public void verticalLine(Color colour, float lineWidth, double x, double top, double bottom) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(lineWidth));
            g.draw(new Line2D.Double(x, top, x, bottom));
        }

        @Override
        public void dot(Color fill, Color outline, float lineWidth, double centreX, double centreY, double radius) {
            Ellipse2D dot = new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
            g.setColor(fill);
            g.fill(dot);
            g.setColor(outline);
            g.setStroke(new BasicStroke(lineWidth));
            g.draw(dot);
        }
    }
}
