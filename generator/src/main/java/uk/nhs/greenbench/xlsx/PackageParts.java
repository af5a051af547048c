package uk.nhs.greenbench.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.nhs.greenbench.xlsx.XlsxWriter.HEAD;
import static uk.nhs.greenbench.xlsx.XlsxWriter.MAIN;
import static uk.nhs.greenbench.xlsx.XlsxWriter.PKG_REL;
import static uk.nhs.greenbench.xlsx.XlsxWriter.REL;

/**
 * The small parts of an .xlsx package written after the sheets (drawings, charts, tables, workbook, styles, strings),
 * in the order they were added, and the content type of every part.
 */
final class PackageParts {
    private final Workbook wb;
    private final Map<String, String> parts = new LinkedHashMap<>();
    private final List<String> overrides = new ArrayList<>();
    private int drawings, charts, tables;

    PackageParts(Workbook wb) {
        this.wb = wb;
    }

    void put(String path, String xml) {
        parts.put(path, xml);
    }

    /** Every part added, by path, in the order added. */
    Map<String, String> all() {
        return parts;
    }

    void override(String part, String type) {
        overrides.add("<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>");
    }

    String contentTypes() {
        StringBuilder sb = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        overrides.forEach(sb::append);
        return sb.append("</Types>").toString();
    }

    /** Adds the drawing part holding a sheet's charts (and the charts); returns its file name. */
    String drawing(Sheet s) {
        String name = "drawing" + (++drawings) + ".xml";
        StringBuilder sb = new StringBuilder(HEAD).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" ")
                .append("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
                .append("xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"").append(REL).append("\">");
        StringBuilder rels = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PKG_REL).append("\">");
        ChartXml chartXml = new ChartXml(wb);
        int k = 0;
        for (Sheet.PlacedChart pc : s.charts()) {
            k++;
            String chart = "chart" + (++charts) + ".xml";
            parts.put("xl/charts/" + chart, chartXml.xml(pc.chart()));
            override("/xl/charts/" + chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
            rels.append("<Relationship Id=\"rId").append(k).append("\" Type=\"").append(REL).append("/chart\" Target=\"../charts/")
                    .append(chart).append("\"/>");
            sb.append("<xdr:twoCellAnchor editAs=\"oneCell\"><xdr:from><xdr:col>").append(pc.col1()).append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
                    .append(pc.row1()).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(pc.col2())
                    .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(pc.row2()).append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>")
                    .append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(k + 1).append("\" name=\"Chart ").append(k)
                    .append("\" descr=\"").append(Xml.escape(pc.chart().title())).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
                    .append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>")
                    .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rId").append(k)
                    .append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
        }
        parts.put("xl/drawings/" + name, sb.append("</xdr:wsDr>").toString());
        parts.put("xl/drawings/_rels/" + name + ".rels", rels.append("</Relationships>").toString());
        override("/xl/drawings/" + name, "application/vnd.openxmlformats-officedocument.drawing+xml");
        return name;
    }

    /** Adds the part of one Excel table; returns its file name. */
    String table(Sheet s, Sheet.Table t) {
        int id = ++tables;
        String name = "table" + id + ".xml";
        parts.put("xl/tables/" + name, tableXml(s, t, id));
        override("/xl/tables/" + name, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
        return name;
    }

    private static String tableXml(Sheet s, Sheet.Table t, int id) {
        String ref = Ref.range(t.r1(), t.c1(), t.r2(), t.c2());
        StringBuilder sb = new StringBuilder(HEAD).append("<table xmlns=\"").append(MAIN).append("\" id=\"").append(id)
                .append("\" name=\"").append(t.name()).append("\" displayName=\"").append(t.name()).append("\" ref=\"").append(ref)
                .append("\"><autoFilter ref=\"").append(ref).append("\"/><tableColumns count=\"").append(t.c2() - t.c1() + 1).append("\">");
        Set<String> seen = new HashSet<>();
        for (int c = t.c1(); c <= t.c2(); c++) {
            Cell header = s.get(t.r1(), c);
            if (!(header instanceof Cell.Text text) || text.value().isBlank()) {
                throw new IllegalStateException("table " + t.name() + " needs a text header in " + Ref.cell(t.r1(), c));
            }
            if (!seen.add(text.value().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException("table " + t.name() + " has two columns named " + text.value());
            }
            sb.append("<tableColumn id=\"").append(c - t.c1() + 1).append("\" name=\"").append(Xml.escape(text.value())).append("\"/>");
        }
        return sb.append("</tableColumns><tableStyleInfo name=\"TableStyleLight9\" showFirstColumn=\"0\" showLastColumn=\"0\" ")
                .append("showRowStripes=\"1\" showColumnStripes=\"0\"/></table>").toString();
    }

}
