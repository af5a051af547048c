package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class FixedSubsetTagsTest {
    @TempDir
    Path dir;

    @Test
    void reportsWrittenAtOnceOnTwoThreadsNameEachFontSubsetWithTheTagOfItsNameAndAreTheSameBytes() throws Exception {
        JasperReport report = JasperCompileManager.compileReport(LinesReport.design(true));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = threads.submit(() -> export(report, dir.resolve("a.pdf")));
            Future<?> b = threads.submit(() -> export(report, dir.resolve("b.pdf")));
            a.get();
            b.get();
        } finally {
            threads.shutdown();
        }

        assertThat(Files.readAllBytes(dir.resolve("b.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("a.pdf")));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("a.pdf").toFile())) {
            assertThat(pdf.getDocument().isXRefStream()).as("cross-reference stream, objects compressed").isTrue();
            TreeSet<String> fonts = new TreeSet<>();
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name).getName());
            assertThat(fonts).containsExactly(
                    new FixedSubsetTags.Letters("DejaVuSans").tag() + "+DejaVuSans",
                    new FixedSubsetTags.Letters("DejaVuSans-Bold").tag() + "+DejaVuSans-Bold");
        }
    }

    @Test
    void aFontsTagIsSixCapitalsOfItsNameAndDiffersFromAnotherFonts() {
        String regular = new FixedSubsetTags.Letters("DejaVuSans").tag();
        assertThat(regular).matches("[A-Z]{6}").isEqualTo(new FixedSubsetTags.Letters("DejaVuSans").tag());
        assertThat(new FixedSubsetTags.Letters("DejaVuSans-Bold").tag()).matches("[A-Z]{6}").isNotEqualTo(regular);
    }

    private static Void export(JasperReport report, Path file) throws Exception {
        PdfFiles.export(JasperFillManager.fillReport(report, new HashMap<>(), LinesReport.rows(300)), file, "Lines", "Test", "2023-24");
        return null;
    }
}
