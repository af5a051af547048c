package uk.nhs.greenbench.pack;

import uk.nhs.greenbench.excel.ExcelPackWriter;
import uk.nhs.greenbench.pdf.PdfPackWriter;
import uk.nhs.greenbench.pipeline.Project;
import uk.nhs.greenbench.report.PackOutput;
import uk.nhs.greenbench.report.TablesOutput;

import java.util.List;
import java.util.function.Consumer;

/** What every pack holds, in one place: the tables, a workbook and a report for every organisation. */
public final class StandardPack {
    private StandardPack() {
    }

    public static List<PackOutput> outputs(Project project, String version, Consumer<String> progress) {
        return List.of(
                new TablesOutput(project.indicators(), project::referenceFiles, version, progress),
                new ExcelPackWriter(project.indicators(), project.registry(), project.factors().notes(), version),
                new PdfPackWriter(project.indicators(), project.registry(), project.home().resolve("templates/narrative"),
                        project.factors().notes(), version));
    }

    public static PackWriter writer(Project project, String version, int threads, Consumer<String> progress) {
        return new PackWriter(outputs(project, version, progress), threads, progress);
    }
}
