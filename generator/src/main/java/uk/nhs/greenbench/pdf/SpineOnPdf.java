package uk.nhs.greenbench.pdf;

import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;

/**
 * A spine chart drawn straight into a PDF form (rectangles, a line and a circle in PDF's own operators), where the
 * library would otherwise build a Graphics2D canvas for each: a region's report has several hundred spines, and the
 * canvas (a font mapper, an image for its font metrics, clip areas) cost more than the drawing. PDF's y axis runs
 * upwards, so each y is turned over within the form's height. The marks are those Graphics2D draws: a 1-point line
 * with square caps for the median (BasicStroke's default), the dot filled and then outlined.
 */
final class SpineOnPdf implements SpineChart.Canvas {
    private final PdfContentByte form;
    private final double height;

    SpineOnPdf(PdfContentByte form, double height) {
        this.form = form;
        this.height = height;
    }

    @Override
    public void fillRectangle(Color colour, double x, double y, double width, double h) {
        form.setColorFill(colour);
        form.rectangle((float) x, (float) (height - y - h), (float) width, (float) h);
        form.fill();
    }

    @Override
    public void verticalLine(Color colour, float lineWidth, double x, double top, double bottom) {
        form.setColorStroke(colour);
        form.setLineWidth(lineWidth);
        form.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
        form.moveTo((float) x, (float) (height - top));
        form.lineTo((float) x, (float) (height - bottom));
        form.stroke();
    }

    @Override
    public void dot(Color fill, Color outline, float lineWidth, double centreX, double centreY, double radius) {
        form.setColorFill(fill);
        form.setColorStroke(outline);
        form.setLineWidth(lineWidth);
        form.circle((float) centreX, (float) (height - centreY), (float) radius);
        form.fillStroke();
    }
}
