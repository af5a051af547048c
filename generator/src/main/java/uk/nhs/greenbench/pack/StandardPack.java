package uk.nhs.greenbench.pack;

import uk.nhs.greenbench.excel.ExcelPackWriter;
import uk.nhs.greenbench.pdf.PdfPackWriter;
import uk.nhs.greenbench.pipeline.Project;
import uk.nhs.greenbench.report.DocumentSelection;
import uk.nhs.greenbench.report.ManifestOutput;
import uk.nhs.greenbench.report.PackOutput;
import uk.nhs.greenbench.report.TablesOutput;
import uk.nhs.greenbench.web.WebSiteWriter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** What a pack holds, in one place: the tables, a workbook and a report for every organisation, and the web site. */
public final class StandardPack {
    /** The kinds of output a run can be limited to ({@code generate --only}). */
    public enum Kind {
        tables, workbooks, reports, site
    }

    private StandardPack() {
    }

    /**
     * @param documentsFor the organisations workbooks and reports are written for; the web site, which links every
     *                     organisation's documents, is written only for all of them
     */
    public static List<PackOutput> outputs(Project project, String version, Consumer<String> progress, Set<Kind> kinds,
                                           DocumentSelection documentsFor) {
        if (kinds.contains(Kind.site) && !documentsFor.isAll()) {
            throw new IllegalArgumentException("the web site links every organisation's documents: it is not written for some (" + documentsFor.codes() + ")");
        }
        List<PackOutput> outputs = new ArrayList<>();
        ManifestOutput manifest = new ManifestOutput(project.indicators(), project::referenceFiles, version, documentsFor);
        outputs.add(kinds.contains(Kind.tables) ? new TablesOutput(manifest, progress) : manifest);
        if (kinds.contains(Kind.workbooks)) {
            outputs.add(new ExcelPackWriter(project.indicators(), project.registry(), project.factors().notes(), version, documentsFor));
        }
        if (kinds.contains(Kind.reports)) {
            outputs.add(new PdfPackWriter(project.indicators(), project.registry(), project.home().resolve("templates/narrative"),
                    project.factors().notes(), version, documentsFor));
        }
        if (kinds.contains(Kind.site)) {
            outputs.add(new WebSiteWriter(project.indicators(), project.home().resolve("templates/web"),
                    project.home().resolve("data/geo/nhs-icb-2022.hexjson"), version, kinds.contains(Kind.workbooks), kinds.contains(Kind.reports),
                    project::referenceFiles));
        }
        return outputs;
    }

    /** A writer of every output. */
    public static PackWriter writer(Project project, String version, int threads, Consumer<String> progress) {
        return writer(project, version, threads, progress, EnumSet.allOf(Kind.class));
    }

    public static PackWriter writer(Project project, String version, int threads, Consumer<String> progress, Set<Kind> kinds) {
        return writer(project, version, threads, progress, kinds, DocumentSelection.ALL);
    }

    /** A writer of the outputs of some kinds, with workbooks and reports for some organisations. */
    public static PackWriter writer(Project project, String version, int threads, Consumer<String> progress, Set<Kind> kinds,
                                    DocumentSelection documentsFor) {
        return new PackWriter(outputs(project, version, progress, kinds, documentsFor), threads, progress);
    }
}
