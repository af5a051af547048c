package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A report of one line of text a row, in DejaVu Sans, for tests of how reports are filled and written. */
final class LinesReport {
    private LinesReport() {
    }

    static JRMapCollectionDataSource rows(int n) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(Map.of("line", "Line " + i + " of a report longer than the pages kept in memory"));
        return new JRMapCollectionDataSource(rows);
    }

    /** A line a row; with {@code bold}, each line a second time in bold, so the document uses two fonts. */
    static JasperDesign design(boolean bold) {
        JasperDesign design = a4("lines", "line");
        JRDesignBand band = new JRDesignBand();
        band.setHeight(bold ? 36 : 18);
        band.addElement(line(0, null));
        if (bold) {
            // DejaVu Sans Bold through greenbench's own family of the same files: built through the design API, the family
            // "DejaVu Sans" was drawn bold as stroked regular text here.
            JRDesignStyle style = new JRDesignStyle();
            style.setName("Bold");
            style.setFontName("sanserif");
            style.setBold(true);
            try {
                design.addStyle(style);
            } catch (net.sf.jasperreports.engine.JRException e) {
                throw new IllegalStateException(e);
            }
            band.addElement(line(18, style));
        }
        ((JRDesignSection) design.getDetailSection()).addBand(band);
        return design;
    }

    /** An empty A4 report with 40-point margins and these text fields. */
    static JasperDesign a4(String name, String... fields) {
        JasperDesign design = new JasperDesign();
        design.setName(name);
        design.setPageWidth(595);
        design.setPageHeight(842);
        design.setColumnWidth(515);
        design.setLeftMargin(40);
        design.setRightMargin(40);
        design.setTopMargin(40);
        design.setBottomMargin(40);
        for (String f : fields) {
            JRDesignField field = new JRDesignField();
            field.setName(f);
            field.setValueClass(String.class);
            try {
                design.addField(field);
            } catch (net.sf.jasperreports.engine.JRException e) {
                throw new IllegalStateException(e);
            }
        }
        return design;
    }

    private static JRDesignTextField line(int y, JRDesignStyle style) {
        JRDesignTextField text = new JRDesignTextField();
        text.setStyle(style);
        text.setX(0);
        text.setY(y);
        text.setWidth(515);
        text.setHeight(18);
        if (style == null) text.setFontName("DejaVu Sans");
        text.setExpression(new JRDesignExpression("$F{line}"));
        return text;
    }
}
