package uk.nhs.greenbench.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfStructure;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

import java.util.Set;

/**
 * A report's tagged structure as JasperReports builds it, except that the text of a table cell or a heading is tagged
 * as the cell's or heading's own content, not as a paragraph of its own inside it ({@code TD} holding its text rather
 * than {@code TD > P}). Both are valid tagged PDF and read the same; the library's way gave every cell two structure
 * elements, each a dictionary OpenPDF keeps until the document closes and then sorts into the structure tree: about a
 * third of England's report's 12,800 elements were such paragraphs, and a region's report ten times the size held
 * 134,000 elements at once.
 *
 * <p>A cell or heading takes text directly only while it holds no element of its own; one that holds text cannot then
 * take an element (OpenPDF allows an element either content or children), so an image or link in a cell after its
 * text fails the report with a message saying so, rather than tagging it elsewhere.
 */
final class CellTextStructure extends ClassicPdfStructure {
    /** The elements whose text is their own content. */
    private static final Set<PdfName> HOLDS_TEXT = Set.of(PdfName.TD, PdfName.TH, PdfName.H1, PdfName.H2, PdfName.H3,
            PdfName.H4, PdfName.H5, PdfName.H6);

    private final ClassicPdfProducer producer;

    CellTextStructure(ClassicPdfProducer producer) {
        super(producer);
        this.producer = producer;
    }

    @Override
    public PdfStructureEntry beginTag(PdfStructureEntry parent, String name) {
        if (!takesTextDirectly(parent, name)) return super.beginTag(parent, name);
        producer.getPdfContentByte().beginMarkedContentSequence(asContentHolder(parent));
        return parent;
    }

    @Override
    public PdfStructureEntry beginTag(PdfStructureEntry parent, String name, String text) {
        if (!takesTextDirectly(parent, name)) return super.beginTag(parent, name, text);
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
        producer.getPdfContentByte().beginMarkedContentSequence(asContentHolder(parent), properties);
        return parent;
    }

    @Override
    protected ClassicStructureEntry createElement(PdfStructureEntry parent, String name) {
        PdfStructureElement element = ((ClassicStructureEntry) parent).getElement();
        if (holdsContent(element)) {
            throw new IllegalStateException("A " + element.get(PdfName.S) + " tagged with its text as its own content cannot "
                    + "also hold a " + name + " element: give the text and the " + name + " a table cell or heading each");
        }
        return super.createElement(parent, name);
    }

    /** Whether a paragraph of text about to begin in {@code parent} can be the parent's own content instead. */
    private static boolean takesTextDirectly(PdfStructureEntry parent, String name) {
        if (!"Text".equals(name) || !(parent instanceof ClassicStructureEntry entry)) return false;
        PdfStructureElement element = entry.getElement();
        if (!HOLDS_TEXT.contains(element.getAsName(PdfName.S))) return false;
        PdfObject kids = element.get(PdfName.K);
        return kids == null || (kids.isArray() && ((PdfArray) kids).isEmpty()) || holdsContent(element);
    }

    /**
     * The element, made ready for OpenPDF to mark content as its own: the library gives cells and headings an empty
     * list of children, which OpenPDF would read as "has children".
     */
    private static PdfStructureElement asContentHolder(PdfStructureEntry parent) {
        PdfStructureElement element = ((ClassicStructureEntry) parent).getElement();
        PdfObject kids = element.get(PdfName.K);
        if (kids != null && kids.isArray() && ((PdfArray) kids).isEmpty()) element.remove(PdfName.K);
        return element;
    }

    /** Whether the element's children are marked content (an id, or a list of ids and references) rather than elements. */
    private static boolean holdsContent(PdfStructureElement element) {
        PdfObject kids = element.get(PdfName.K);
        if (kids == null) return false;
        if (kids.isNumber()) return true;
        if (!kids.isArray() || ((PdfArray) kids).isEmpty()) return false;
        PdfObject first = ((PdfArray) kids).getPdfObject(0);
        return first.isNumber() || (first.isDictionary() && PdfName.MCR.equals(((PdfDictionary) first).get(PdfName.TYPE)));
    }
}
