package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;


import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports a filled report to PDF with its title, subject and language set, straight to its file, then fixes in the
 * file what the PDF library makes different on every run ({@link PdfNormaliser}), so the same figures always give
 * the same bytes.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** JasperReports' PDF exporter with greenbench's repairs to its tagging ({@link ReportTagHelper}). */
    private static final class ReportExporter extends JRPdfExporter {
        ReportExporter() {
            tagHelper = new ReportTagHelper(this);
        }
    }

    public static void export(JasperPrint print, Path file, String title, String subject, String year) throws IOException {
        JRPdfExporter exporter = new ReportExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataSubject(subject);
        config.setMetadataAuthor("greenbench");
        config.setMetadataCreator("greenbench");
        config.setDisplayMetadataTitle(true);
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // Chart text as text in the document's own fonts, not as glyph outlines: files a fraction of the size, far less
        // to compress, and the labels can be found, copied and read aloud like the rest of the page.
        report.setForceSvgShapes(false);
        exporter.setConfiguration(report);
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                exporter.exportReport();
            } catch (JRException e) {
                throw new IOException("could not write " + file.getFileName() + ": " + e.getMessage(), e);
            }
            PdfNormaliser.normalise(file, fixedDate(year));
            done = true;
        } finally {
            // No half-written or unfixed report left at its name.
            if (!done) Files.deleteIfExists(file);
        }
    }

    /** {@code D:YYYYMMDDhhmmss} for 31 March at the end of the data year. */
    static String fixedDate(String year) {
        return "D:" + uk.nhs.greenbench.model.FinancialYear.parse(year).end().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "000000";
    }
}
