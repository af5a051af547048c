package uk.nhs.greenbench.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.common.PdfImage;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

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

    /** The spine drawn into a new form of the page's, as the image the exporter places for the report's element. */
    static PdfImage image(PdfContentByte page, JRPrintImage element, SpineChart spine, double width, double height) throws JRException {
        PdfTemplate form = page.createTemplate((float) width, (float) height);
        SpineOnPdf canvas = new SpineOnPdf(form, height);
        if (element.getMode() == ModeEnum.OPAQUE) {
            canvas.fillRectangle(element.getBackcolor(), 0, 0, (int) width, (int) height); // as the library's fillRect
        }
        spine.drawOn(canvas, new Rectangle2D.Double(0, 0, width, height));
        try {
            return new ClassicImage(new ImgTemplate(form));
        } catch (BadElementException e) {
            throw new JRException(e);
        }
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
