package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SwappedPagesTest {
    @TempDir
    Path dir;

    @Test
    void aReportWhosePagesWereSwappedOutIsTheSamePdfAsOneKeptInMemoryAndLeavesNoSwapFile() throws Exception {
        JasperReport report = JasperCompileManager.compileReport(LinesReport.design(false));
        Path swap = Files.createDirectories(dir.resolve("swap"));
        Path inMemory = dir.resolve("in-memory.pdf"), swapped = dir.resolve("swapped.pdf");

        PdfFiles.export(JasperFillManager.fillReport(report, new HashMap<>(), LinesReport.rows(2000)), inMemory, "Lines", "Test", "2023-24");
        int pages;
        try (SwappedPages pagesOut = new SwappedPages(swap)) {
            Map<String, Object> params = new HashMap<>();
            pagesOut.fillInto(params);
            JasperPrint print = JasperFillManager.fillReport(report, params, LinesReport.rows(2000));
            pagesOut.filled();
            pages = print.getPages().size();
            assertThat(files(swap)).as("the swap file").hasSize(1);
            assertThat(Files.size(files(swap).get(0))).as("pages beyond the few kept in memory went to the swap file").isGreaterThan(0);
            PdfFiles.export(print, swapped, "Lines", "Test", "2023-24");
        }

        assertThat(pages).isGreaterThan(40);
        assertThat(Files.readAllBytes(swapped)).isEqualTo(Files.readAllBytes(inMemory));
        assertThat(files(swap)).isEmpty();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
