package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.ParallelWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Writes a PDF report beside each workbook: every trust, ICS, region and England. */
public final class PdfPackWriter {
    private final ReportContext ctx;
    private final Consumer<String> progress;

    public PdfPackWriter(Figures figures, List<Figures> otherYears, List<IndicatorDefinition> indicators, OrgRegistry registry,
                         Path narrativeTemplates, List<String> factorNotes, Map<String, String> factorTitles, String version,
                         Consumer<String> progress) {
        Map<String, FiguresIndex> history = new TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        this.ctx = new ReportContext(new FiguresIndex(figures), history, indicators, registry, new Narrative(narrativeTemplates),
                version, ReportText.methodology(indicators, figures.factors(), factorNotes, factorTitles), ReportText.glossary());
        this.progress = progress;
    }

    public void write(Path folder) throws IOException {
        write(folder, OrgRef.TRUST, "trusts");
        write(folder, OrgRef.ICS, "ics");
        write(folder, OrgRef.REGION, "regions");
        write(folder, OrgRef.NATIONAL, "national");
    }

    private void write(Path folder, String level, String sub) throws IOException {
        List<OrgRef> orgs = ctx.index().orgs(level);
        if (orgs.isEmpty()) return;
        Path dir = folder.resolve(sub);
        Files.createDirectories(dir);
        progress.accept("Writing " + orgs.size() + " " + sub + " report" + (orgs.size() == 1 ? "" : "s"));
        ParallelWriter.writeAll(orgs, o -> {
            Path file = dir.resolve(FileNames.report(o.code(), o.name()));
            if (level.equals(OrgRef.TRUST)) TrustReport.write(file, o, ctx);
            else AreaReport.write(file, o, ctx);
        });
    }
}
