package uk.nhs.greenbench.pdf;

import com.lowagie.text.pdf.PdfName;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.export.type.AccessibilityTagEnum;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * JasperReports' tagging of a report, with page furniture left out of the structure and tables that run over pages
 * kept whole. An area report's table of members on an indicator runs over pages, with its heading and header row
 * printed again on each; the library
 * <ul>
 *   <li>started a new table at every reprinted header row, inside the open one, and closed only the last, so the first
 *   stayed open and took in the rest of the report (England's report had 8 theme headings, 26 indicator headings and
 *   395 texts tagged inside tables);</li>
 *   <li>tagged the page header and footer (the report's name, "Page 3 of 26") as text, inside the table when a page
 *   broke it.</li>
 * </ul>
 * Here a header row printed while its table is open continues that table, and text that is not in a cell of the open
 * table (the reprinted heading and line above it) and the page header and footer are marked as artifacts: what a
 * screen reader skips, as it skips a running head.
 */
final class ReportTagHelper extends JRPdfExporterTagHelper {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    ReportTagHelper(JRPdfExporter exporter) {
        super(exporter);
    }

    @Override
    protected void createTableStartTag() {
        if (!isTable(tagStack.peek())) super.createTableStartTag();
    }

    /**
     * A heading printed again inside its open table is not made: the table stands in for it on the stack, so its text
     * becomes an artifact and its end takes the table's place off again.
     */
    @Override
    protected void createStartHeadingTags(JRPrintElement element, String pdfTagProp, AccessibilityTagEnum accessibilityTag) {
        if (!isTable(tagStack.peek())) {
            super.createStartHeadingTags(element, pdfTagProp, accessibilityTag);
            return;
        }
        String role = element.getPropertiesMap().getProperty(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG);
        String tag = element.getPropertiesMap().getProperty(pdfTagProp);
        if (accessibilityTag.getName().equals(role) || PdfConstants.TAG_START.equals(tag) || PdfConstants.TAG_FULL.equals(tag)) {
            tagStack.push(tagStack.peek());
            isTagEmpty = false; // no empty span for it at its end
        }
    }

    @Override
    protected void startText(JRPrintText text, String actualText) {
        if (isTagged && (isPageFurniture(text) || isTable(tagStack.peek()))) {
            // Ended as any text is, by endText's end of the marked sequence.
            ((ClassicPdfProducer) pdfProducer).getPdfContentByte().beginMarkedContentSequence(ARTIFACT);
            return;
        }
        super.startText(text, actualText);
    }

    private static boolean isPageFurniture(JRPrintElement element) {
        BandTypeEnum band = element.getOrigin() == null ? null : element.getOrigin().getBandType();
        return band == BandTypeEnum.PAGE_HEADER || band == BandTypeEnum.PAGE_FOOTER;
    }

    private static boolean isTable(PdfStructureEntry entry) {
        return entry instanceof ClassicStructureEntry e && PdfName.TABLE.equals(e.getElement().getAsName(PdfName.S));
    }
}
