package uk.nhs.greenbench.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workbook's styles.xml: each distinct style, font, fill and number format written once, in first-use order. */
final class StyleTable {
    private static final Map<String, Integer> BUILT_IN_FORMATS = Map.of("General", 0, "0", 1, "0.00", 2, "#,##0", 3,
            "#,##0.00", 4, "0%", 9, "0.00%", 10, "@", 49);
    private final Map<Style, Integer> xfs = new LinkedHashMap<>();
    /** The index of each style object already seen: sheets reuse a few style objects for thousands of cells, and a
     * record's equality compares twelve fields (JFR: 4% of a pack's CPU went on hashing and comparing styles). */
    private final Map<Style, Integer> byIdentity = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> fonts = new LinkedHashMap<>();
    private final Map<String, Integer> fills = new LinkedHashMap<>();
    private final Map<String, Integer> formats = new LinkedHashMap<>();
    private final List<String> xfXml = new ArrayList<>();

    StyleTable() {
        index(Style.DEFAULT);
    }

    int index(Style s) {
        Style style = s == null ? Style.DEFAULT : s;
        Integer seen = byIdentity.get(style);
        if (seen != null) return seen;
        int i = equalIndex(style);
        byIdentity.put(style, i);
        return i;
    }

    private int equalIndex(Style style) {
        Integer i = xfs.get(style);
        if (i != null) return i;
        int font = fonts.computeIfAbsent(fontXml(style), k -> fonts.size());
        int fill = style.fill() == null ? 0 : fills.computeIfAbsent(style.fill(), k -> fills.size() + 2);
        int format = format(style.numberFormat());
        StringBuilder x = new StringBuilder("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font)
                .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(style.border() ? 1 : 0).append("\" xfId=\"0\"");
        if (format != 0) x.append(" applyNumberFormat=\"1\"");
        x.append(" applyFont=\"1\"");
        if (fill != 0) x.append(" applyFill=\"1\"");
        if (style.border()) x.append(" applyBorder=\"1\"");
        boolean align = style.wrap() || style.horizontal() != null || style.vertical() != null;
        if (align) x.append(" applyAlignment=\"1\"");
        if (!style.locked()) x.append(" applyProtection=\"1\"");
        x.append('>');
        if (align) {
            x.append("<alignment");
            if (style.horizontal() != null) x.append(" horizontal=\"").append(style.horizontal()).append('"');
            if (style.vertical() != null) x.append(" vertical=\"").append(style.vertical()).append('"');
            if (style.wrap()) x.append(" wrapText=\"1\"");
            x.append("/>");
        }
        if (!style.locked()) x.append("<protection locked=\"0\"/>");
        x.append("</xf>");
        xfXml.add(x.toString());
        int id = xfs.size();
        xfs.put(style, id);
        return id;
    }

    private int format(String code) {
        if (code == null) return 0;
        Integer builtIn = BUILT_IN_FORMATS.get(code);
        if (builtIn != null) return builtIn;
        return formats.computeIfAbsent(code, k -> 164 + formats.size());
    }

    private static String fontXml(Style s) {
        StringBuilder f = new StringBuilder("<font>");
        if (s.bold()) f.append("<b/>");
        if (s.italic()) f.append("<i/>");
        f.append("<sz val=\"").append(Xml.number(s.size())).append("\"/>");
        if (s.color() != null) f.append("<color rgb=\"FF").append(s.color()).append("\"/>");
        f.append("<name val=\"").append(Xml.escape(s.font())).append("\"/><family val=\"2\"/></font>");
        return f.toString();
    }

    String xml() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        if (!formats.isEmpty()) {
            sb.append("<numFmts count=\"").append(formats.size()).append("\">");
            formats.forEach((code, id) -> sb.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"")
                    .append(Xml.escape(code)).append("\"/>"));
            sb.append("</numFmts>");
        }
        sb.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.keySet().forEach(sb::append);
        sb.append("</fonts><fills count=\"").append(fills.size() + 2).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
        fills.keySet().forEach(rgb -> sb.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(rgb)
                .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>"));
        sb.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>")
                .append("<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(xfXml.size()).append("\">");
        xfXml.forEach(sb::append);
        sb.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>")
                .append("</styleSheet>");
        return sb.toString();
    }
}
