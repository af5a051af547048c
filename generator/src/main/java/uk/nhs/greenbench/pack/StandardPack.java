package uk.nhs.greenbench.pack;

import uk.nhs.greenbench.excel.ExcelPackWriter;
import uk.nhs.greenbench.pdf.PdfPackWriter;
import uk.nhs.greenbench.pipeline.Project;
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

    public static List<PackOutput> outputs(Project project, String version, Consumer<String> progress, Set<Kind> kinds) {
        List<PackOutput> outputs = new ArrayList<>();
        if (kinds.contains(Kind.tables)) outputs.add(new TablesOutput(project.indicators(), project::referenceFiles, version, progress));
        else outputs.add(new ManifestOutput(project.indicators(), project::referenceFiles, version));
        if (kinds.contains(Kind.workbooks)) {
            outputs.add(new ExcelPackWriter(project.indicators(), project.registry(), project.factors().notes(), version));
        }
        if (kinds.contains(Kind.reports)) {
            outputs.add(new PdfPackWriter(project.indicators(), project.registry(), project.home().resolve("templates/narrative"),
                    project.factors().notes(), version));
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
        return new PackWriter(outputs(project, version, progress, kinds), threads, progress);
    }
}
