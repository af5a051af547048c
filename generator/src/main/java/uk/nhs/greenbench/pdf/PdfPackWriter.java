package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.PackLevels;

import java.io.IOException;
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
                         Path narrativeTemplates, List<String> factorNotes, String version,
                         Consumer<String> progress) {
        Map<String, FiguresIndex> history = new TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        this.ctx = new ReportContext(new FiguresIndex(figures), history, indicators, registry, new Narrative(narrativeTemplates),
                version, ReportText.methodology(indicators, figures.factors(), factorNotes), ReportText.glossary());
        this.progress = progress;
    }

    public void write(Path folder) throws IOException {
        // Documents are independent: each has its own POI or JasperReports objects, so they are written on every core.
        PackLevels.writeEach(ctx.index(), folder, "report", progress, (dir, o) -> {
            Path file = dir.resolve(FileNames.report(o.code(), o.name()));
            if (o.level().equals(OrgRef.TRUST)) TrustReport.write(file, o, ctx);
            else AreaReport.write(file, o, ctx);
        });
    }
}
