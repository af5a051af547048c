package uk.nhs.greenbench.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The cell styles of one workbook, made once and shared (Excel limits a workbook to 64,000 styles).
 * Inputs follow the financial-modelling convention: blue text on a pale yellow fill, unlocked.
 */
public final class Styles {
    /** NHS blue, used for the highlighted trust and headings. */
    public static final byte[] NHS_BLUE = {(byte) 0x00, (byte) 0x5E, (byte) 0xB8};
    public static final byte[] PEER_GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    public static final byte[] MEDIAN_ORANGE = {(byte) 0xED, (byte) 0x8B, (byte) 0x00};
    public static final byte[] STRETCH_GREEN = {(byte) 0x00, (byte) 0x96, (byte) 0x39};

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    public final XSSFCellStyle title, subtitle, header, text, wrap, label, note, integer, gbp, tco2e, percent, input, inputText,
            inputGbp, missing, link;

    public Styles(XSSFWorkbook wb) {
        this.wb = wb;
        title = style("title", s -> s.setFont(font(16, true, NHS_BLUE)));
        subtitle = style("subtitle", s -> s.setFont(font(11, false, new byte[]{0x40, 0x40, 0x40})));
        header = style("header", s -> {
            s.setFont(font(10, true, new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
            s.setFillForegroundColor(new XSSFColor(NHS_BLUE, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
        });
        text = style("text", s -> { });
        wrap = style("wrap", s -> {
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
        label = style("label", s -> s.setFont(font(10, true, null)));
        note = style("note", s -> {
            s.setFont(font(9, false, new byte[]{0x59, 0x59, 0x59}));
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
        integer = number("#,##0");
        gbp = number("£#,##0;-£#,##0");
        tco2e = number("#,##0.0");
        percent = number("0.0%");
        input = style("input", s -> inputLook(s, "#,##0.00000"));
        inputText = style("inputText", s -> inputLook(s, "@"));
        inputGbp = style("inputGbp", s -> inputLook(s, "£#,##0.0000"));
        missing = style("missing", s -> {
            XSSFFont f = font(9, false, new byte[]{(byte) 0x80, (byte) 0x80, (byte) 0x80});
            f.setItalic(true);
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.RIGHT);
        });
        link = style("link", s -> s.setFont(font(10, false, NHS_BLUE)));
    }

    private void inputLook(XSSFCellStyle s, String format) {
        s.setFont(font(10, false, new byte[]{0x00, 0x00, (byte) 0xC0}));
        s.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setLocked(false);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
    }

    /** A number style with the given Excel format (cached). */
    public XSSFCellStyle number(String format) {
        return style("num:" + format, s -> s.setDataFormat(wb.createDataFormat().getFormat(format)));
    }

    /** A number format that suits values of this size: whole numbers from 100, one decimal from 10, else two. */
    public XSSFCellStyle forMagnitude(Double typical) {
        double m = typical == null ? 0 : Math.abs(typical);
        return number(m >= 100 ? "#,##0" : m >= 10 ? "#,##0.0" : "#,##0.00");
    }

    /** A filled style for a quartile position (text stays readable on every fill). */
    public XSSFCellStyle position(Position p) {
        return style("pos:" + p, s -> {
            s.setFillForegroundColor(new XSSFColor(p.fill(), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFont(font(10, true, p.textColour()));
        });
    }

    private XSSFCellStyle style(String key, java.util.function.Consumer<XSSFCellStyle> setup) {
        return cache.computeIfAbsent(key, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            setup.accept(s);
            return s;
        });
    }

    private XSSFFont font(int points, boolean bold, byte[] rgb) {
        XSSFFont f = wb.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (rgb != null) f.setColor(new XSSFColor(rgb, null));
        return f;
    }
}
