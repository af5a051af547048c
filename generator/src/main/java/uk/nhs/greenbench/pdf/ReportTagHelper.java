package uk.nhs.greenbench.pdf;

import com.lowagie.text.pdf.PdfName;
import net.sf.jasperreports.crosstabs.JRCellContents;
import net.sf.jasperreports.engine.JROrigin;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.export.type.AccessibilityTagEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * JasperReports' tagging of a report, with page furniture left out of the structure and tables whose group header
 * is printed again on every page they run over kept whole. An area report's table of members on an indicator starts
 * in its group's header (the indicator's heading, its line and the header row), printed again on each page; the library
 * <ul>
 *   <li>started a new table at every reprinted header row, inside the open one, and closed only the last, so the first
 *   stayed open and took in the rest of the report (England's report had 8 theme headings, 26 indicator headings and
 *   395 texts tagged inside tables);</li>
 *   <li>tagged the reprinted heading and header row as content of the table, and the page header and footer (the
 *   report's name, "Page 3 of 26") as text, inside the table when a page broke it.</li>
 * </ul>
 * Here what the table's own group header prints again while the table is open (the same template elements, from the
 * same band) continues the table and is marked as an artifact, as are blank spacers directly in a table and the page
 * header and footer: what a screen reader skips, as it skips a running head. Anything else is tagged as the library
 * tags it.
 */
final class ReportTagHelper extends JRPdfExporterTagHelper {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    /** The element that started each table opened here: its reprints continue the table. */
    private final Map<PdfStructureEntry, JRPrintElement> tableStarters = new IdentityHashMap<>();
    /** The element whose start tags are being made. */
    private JRPrintElement starting;
    /** Whether the header row being written is a reprint of its open table's first. */
    private boolean repeatedHeaderRow;

    ReportTagHelper(JRPdfExporter exporter) {
        super(exporter);
    }

    @Override
    protected void createStartTags(JRPrintElement element) {
        starting = element;
        super.createStartTags(element);
    }

    @Override
    protected void createEndTags(JRPrintElement element) {
        if (endsOnlyATable(element) && !isTable(tagStack.peek())) return; // its table was closed by a heading (below)
        super.createEndTags(element);
        if (repeatedHeaderRow && ends(element, PdfConstants.PROPERTY_TAG_TR)) repeatedHeaderRow = false;
    }

    @Override
    protected void createTableStartTag() {
        if (isRepeatOfOpenTable(starting)) {
            repeatedHeaderRow = true; // its row and cells stand in for nothing: artifacts
            return;
        }
        super.createTableStartTag();
        tableStarters.put(tagStack.peek(), starting);
    }

    @Override
    protected void createTrStartTag() {
        if (repeatedHeaderRow) standIn();
        else super.createTrStartTag();
    }

    @Override
    protected void createThStartTag(JRPrintElement element) {
        if (repeatedHeaderRow) standIn();
        else super.createThStartTag(element);
    }

    @Override
    protected void createTdStartTag(JRPrintElement element) {
        if (repeatedHeaderRow) standIn();
        else super.createTdStartTag(element);
    }

    /**
     * A heading the open table's group header prints again is not made: the table stands in for it. Any other heading
     * ends the open table first: a heading is never a table's content. (A trust report's opportunities table ends in
     * its column footer, at the page's foot, after the readiness section's heading has begun further up the page; the
     * footer's end then falls to the readiness table, and an end with no table open is dropped.)
     */
    @Override
    protected void createStartHeadingTags(JRPrintElement element, String pdfTagProp, AccessibilityTagEnum accessibilityTag) {
        String role = element.getPropertiesMap().getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
        boolean starts = accessibilityTag.getName().equals(role) || starts(element, pdfTagProp);
        if (starts && isRepeatOfOpenTable(element)) {
            standIn();
            return;
        }
        if (starts && isTable(tagStack.peek())) tagStack.pop();
        super.createStartHeadingTags(element, pdfTagProp, accessibilityTag);
    }

    @Override
    protected void startText(JRPrintText text, String actualText) {
        if (isTagged && (repeatedHeaderRow || isPageFurniture(text) || isRepeatOfOpenTable(text) || isBlankInTable(text))) {
            // Ended as any text is, by endText's end of the marked sequence.
            ((ClassicPdfProducer) pdfProducer).getPdfContentByte().beginMarkedContentSequence(ARTIFACT);
            return;
        }
        super.startText(text, actualText);
    }

    /** The open table on the stack again, in place of a tag not made; taken off by that tag's end. */
    private void standIn() {
        tagStack.push(tagStack.peek());
        isTagEmpty = false; // no empty span for it at its end
    }

    /**
     * Whether the element is printed again by the group header that started the table open on top of the stack: from
     * the same band of the same group, and, if it starts a table, the same template element that started this one.
     */
    private boolean isRepeatOfOpenTable(JRPrintElement element) {
        JRPrintElement starter = tableStarters.get(tagStack.peek());
        if (element == null || starter == null || !isTable(tagStack.peek())) return false;
        JROrigin origin = element.getOrigin();
        if (origin == null || origin.getBandType() != BandTypeEnum.GROUP_HEADER || !origin.equals(starter.getOrigin())) return false;
        return !starts(element, PdfConstants.PROPERTY_TAG_TABLE) || element.getSourceElementId() == starter.getSourceElementId();
    }

    /** Whether the element's only closing tag is a table's end (as a column footer's spacer is). */
    private static boolean endsOnlyATable(JRPrintElement element) {
        if (!ends(element, PdfConstants.PROPERTY_TAG_TABLE)) return false;
        var props = element.getPropertiesMap();
        for (String name : props.getPropertyNames()) {
            if (name.startsWith("net.sf.jasperreports.export.pdf.tag.") && !name.equals(PdfConstants.PROPERTY_TAG_TABLE)) return false;
        }
        return props.getProperty(JRCellContents.PROPERTY_TYPE) == null
                && props.getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG) == null;
    }

    /** Whether the element's tag property (table, tr, h2, …) opens its tag: "start" or "full". */
    private static boolean starts(JRPrintElement element, String tagProperty) {
        String value = element.hasProperties() ? element.getPropertiesMap().getProperty(tagProperty) : null;
        return PdfConstants.TAG_START.equals(value) || PdfConstants.TAG_FULL.equals(value);
    }

    /** Whether the element's tag property closes its tag: "end" or "full". */
    private static boolean ends(JRPrintElement element, String tagProperty) {
        String value = element.hasProperties() ? element.getPropertiesMap().getProperty(tagProperty) : null;
        return PdfConstants.TAG_END.equals(value) || PdfConstants.TAG_FULL.equals(value);
    }

    private boolean isBlankInTable(JRPrintText text) {
        return isTable(tagStack.peek()) && (text.getFullText() == null || text.getFullText().isBlank());
    }

    private static boolean isPageFurniture(JRPrintElement element) {
        BandTypeEnum band = element.getOrigin() == null ? null : element.getOrigin().getBandType();
        return band == BandTypeEnum.PAGE_HEADER || band == BandTypeEnum.PAGE_FOOTER;
    }

    private static boolean isTable(PdfStructureEntry entry) {
        return entry instanceof ClassicStructureEntry e && PdfName.TABLE.equals(e.getElement().getAsName(PdfName.S));
    }
}
