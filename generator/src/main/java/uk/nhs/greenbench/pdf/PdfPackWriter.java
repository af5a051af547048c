package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.PackDocuments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a PDF report beside each workbook: every trust, ICS, region and England. */
public final class PdfPackWriter {
    private final ReportContext ctx;

    public PdfPackWriter(Figures figures, List<Figures> otherYears, List<IndicatorDefinition> indicators, OrgRegistry registry,
                         Path narrativeTemplates, List<String> factorNotes, String version) {
        Map<String, FiguresIndex> history = new TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        this.ctx = new ReportContext(new FiguresIndex(figures), history, indicators, registry, new Narrative(narrativeTemplates),
                version, ReportText.methodology(indicators, figures.factors(), factorNotes), ReportText.glossary());
    }

    /** The pack's reports, to be written by a {@link uk.nhs.greenbench.report.DocumentQueue}. */
    public List<Document> documents(Path folder) throws IOException {
        // Each report fills and exports its own JasperReports objects, so they can be written on every core.
        return PackDocuments.of(ctx.index(), folder, "report", FileNames::report, (file, o) -> {
            if (o.level().equals(OrgRef.TRUST)) TrustReport.write(file, o, ctx);
            else AreaReport.write(file, o, ctx);
        });
    }
}
