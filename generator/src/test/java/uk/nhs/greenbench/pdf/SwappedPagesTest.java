package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        JasperReport report = JasperCompileManager.compileReport(fiftyPagesOfLines());
        Path swap = Files.createDirectories(dir.resolve("swap"));
        Path inMemory = dir.resolve("in-memory.pdf"), swapped = dir.resolve("swapped.pdf");

        PdfFiles.export(JasperFillManager.fillReport(report, new HashMap<>(), lines()), inMemory, "Lines", "Test", "2023-24");
        int pages;
        try (SwappedPages pagesOut = new SwappedPages(swap)) {
            Map<String, Object> params = new HashMap<>();
            pagesOut.fillInto(params);
            JasperPrint print = JasperFillManager.fillReport(report, params, lines());
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

    private static JRMapCollectionDataSource lines() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) rows.add(Map.of("line", "Line " + i + " of a report longer than the pages kept in memory"));
        return new JRMapCollectionDataSource(rows);
    }

    private static JasperDesign fiftyPagesOfLines() throws Exception {
        JasperDesign design = new JasperDesign();
        design.setName("lines");
        design.setPageWidth(595);
        design.setPageHeight(842);
        design.setColumnWidth(515);
        design.setLeftMargin(40);
        design.setRightMargin(40);
        design.setTopMargin(40);
        design.setBottomMargin(40);
        JRDesignField field = new JRDesignField();
        field.setName("line");
        field.setValueClass(String.class);
        design.addField(field);
        JRDesignTextField text = new JRDesignTextField();
        text.setX(0);
        text.setY(0);
        text.setWidth(515);
        text.setHeight(18);
        text.setFontName("DejaVu Sans");
        text.setExpression(new JRDesignExpression("$F{line}"));
        JRDesignBand band = new JRDesignBand();
        band.setHeight(18);
        band.addElement(text);
        ((JRDesignSection) design.getDetailSection()).addBand(band);
        return design;
    }
}
