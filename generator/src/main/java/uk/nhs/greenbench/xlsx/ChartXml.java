package uk.nhs.greenbench.xlsx;

import java.util.List;

/** DrawingML for one {@link Chart}, with the values of its ranges cached so it draws before any recalculation. */
final class ChartXml {
    private static final String CAT_AXIS = "1", VAL_AXIS = "2";
    private final Workbook wb;

    ChartXml(Workbook wb) {
        this.wb = wb;
    }

    /** What a cell of the chart's ranges shows (a formula's cached result), or null for an empty cell. */
    private Object shown(String sheet, int row, int col) {
        Cell c = wb.find(sheet).get(row, col);
        return c == null ? null : c.shown();
    }

    String xml(Chart chart) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" ")
                .append("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<c:roundedCorners val=\"0\"/><c:chart>");
        title(sb, chart.title(), 1200);
        sb.append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
        List<Chart.Series> bars = chart.series().stream().filter(s -> !s.line()).toList();
        List<Chart.Series> lines = chart.series().stream().filter(Chart.Series::line).toList();
        int idx = 0;
        if (chart.xy()) {
            sb.append("<c:scatterChart><c:scatterStyle val=\"lineMarker\"/><c:varyColors val=\"0\"/>");
            for (Chart.Series s : chart.series()) xySeries(sb, chart, s, idx++);
            axisIds(sb);
            sb.append("</c:scatterChart>");
            valueAxis(sb, CAT_AXIS, VAL_AXIS, "b", chart.xAxisTitle(), false);
            valueAxis(sb, VAL_AXIS, CAT_AXIS, "l", chart.axisTitle(), true);
            return end(sb);
        }
        if (!bars.isEmpty()) {
            sb.append("<c:barChart><c:barDir val=\"").append(chart.horizontal() ? "bar" : "col")
                    .append("\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
            for (Chart.Series s : bars) series(sb, chart, s, idx++);
            sb.append("<c:gapWidth val=\"").append(chart.gapWidth()).append("\"/>");
            axisIds(sb);
            sb.append("</c:barChart>");
        }
        if (!lines.isEmpty()) {
            sb.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
            for (Chart.Series s : lines) series(sb, chart, s, idx++);
            sb.append("<c:marker val=\"1\"/>");
            axisIds(sb);
            sb.append("</c:lineChart>");
        }
        sb.append("<c:catAx><c:axId val=\"").append(CAT_AXIS).append("\"/><c:scaling><c:orientation val=\"")
                .append(chart.horizontal() ? "maxMin" : "minMax").append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"")
                .append(chart.horizontal() ? "l" : "b").append("\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"")
                .append(VAL_AXIS).append("\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
                .append("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");
        sb.append("<c:valAx><c:axId val=\"").append(VAL_AXIS).append("\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"").append(chart.horizontal() ? "b" : "l").append("\"/><c:majorGridlines/>");
        if (chart.axisTitle() != null && !chart.axisTitle().isEmpty()) title(sb, chart.axisTitle(), 1000);
        sb.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>")
                .append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"").append(CAT_AXIS)
                .append("\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
        return end(sb);
    }

    private static String end(StringBuilder sb) {
        sb.append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
        return sb.toString();
    }

    /** A value axis of an XY chart; the x axis has no gridlines and plain year labels ("2030", not "2,030"). */
    private static void valueAxis(StringBuilder sb, String id, String cross, String pos, String title, boolean gridlines) {
        sb.append("<c:valAx><c:axId val=\"").append(id).append("\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"").append(pos).append("\"/>");
        if (gridlines) sb.append("<c:majorGridlines/>");
        if (title != null && !title.isEmpty()) title(sb, title, 1000);
        sb.append("<c:numFmt formatCode=\"").append(gridlines ? "#,##0" : "0").append("\" sourceLinked=\"0\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"")
                .append(cross).append("\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"midCat\"/></c:valAx>");
    }

    /** A series of an XY chart: a line with markers through the points it has (blank cells leave a gap). */
    private void xySeries(StringBuilder sb, Chart chart, Chart.Series s, int idx) {
        sb.append("<c:ser><c:idx val=\"").append(idx).append("\"/><c:order val=\"").append(idx).append("\"/><c:tx><c:v>")
                .append(Xml.escape(s.name())).append("</c:v></c:tx><c:spPr><a:ln w=\"").append(Math.round(s.lineWidth() * 12700))
                .append("\" cap=\"rnd\">");
        solid(sb, s.color());
        sb.append("<a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr>");
        solid(sb, s.color());
        sb.append("</c:spPr></c:marker>");
        numbers(sb, "xVal", chart.categories());
        numbers(sb, "yVal", s.values());
        sb.append("<c:smooth val=\"0\"/></c:ser>");
    }

    private void numbers(StringBuilder sb, String element, Chart.Range r) {
        sb.append("<c:").append(element).append("><c:numRef><c:f>").append(Xml.escape(r.formula()))
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(r.size()).append("\"/>");
        for (int i = 0; i < r.size(); i++) {
            Object v = shown(r.sheet(), r.firstRow() + i, r.col());
            if (v instanceof Double d) sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.number(d)).append("</c:v></c:pt>");
        }
        sb.append("</c:numCache></c:numRef></c:").append(element).append(">");
    }

    private static void axisIds(StringBuilder sb) {
        sb.append("<c:axId val=\"").append(CAT_AXIS).append("\"/><c:axId val=\"").append(VAL_AXIS).append("\"/>");
    }

    private static void title(StringBuilder sb, String text, int size) {
        sb.append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").append(size)
                .append("\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"").append(size).append("\" b=\"1\"/><a:t>")
                .append(Xml.escape(text)).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }

    private void series(StringBuilder sb, Chart chart, Chart.Series s, int idx) {
        sb.append("<c:ser><c:idx val=\"").append(idx).append("\"/><c:order val=\"").append(idx).append("\"/><c:tx><c:v>")
                .append(Xml.escape(s.name())).append("</c:v></c:tx>");
        if (s.line()) {
            sb.append("<c:spPr><a:ln w=\"").append(Math.round(s.lineWidth() * 12700)).append("\" cap=\"rnd\">");
            solid(sb, s.color());
            sb.append("<a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>");
        } else {
            sb.append("<c:spPr>");
            solid(sb, s.color());
            sb.append("</c:spPr><c:invertIfNegative val=\"0\"/>");
            if (s.highlight() >= 0) {
                sb.append("<c:dPt><c:idx val=\"").append(s.highlight()).append("\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr>");
                solid(sb, s.highlightColor());
                sb.append("</c:spPr></c:dPt>");
            }
        }
        Chart.Range cats = chart.categories();
        sb.append("<c:cat><c:strRef><c:f>").append(Xml.escape(cats.formula())).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(cats.size()).append("\"/>");
        for (int i = 0; i < cats.size(); i++) {
            Object v = shown(cats.sheet(), cats.firstRow() + i, cats.col());
            if (v == null) continue;
            String text = v instanceof Double d ? Xml.number(d) : String.valueOf(v);
            sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.escape(text)).append("</c:v></c:pt>");
        }
        Chart.Range vals = s.values();
        sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(Xml.escape(vals.formula()))
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(vals.size()).append("\"/>");
        for (int i = 0; i < vals.size(); i++) {
            Object v = shown(vals.sheet(), vals.firstRow() + i, vals.col());
            if (v instanceof Double d) sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.number(d)).append("</c:v></c:pt>");
        }
        sb.append("</c:numCache></c:numRef></c:val>");
        if (s.line()) sb.append("<c:smooth val=\"0\"/>");
        sb.append("</c:ser>");
    }

    private static void solid(StringBuilder sb, String rgb) {
        sb.append("<a:solidFill><a:srgbClr val=\"").append(rgb).append("\"/></a:solidFill>");
    }
}
