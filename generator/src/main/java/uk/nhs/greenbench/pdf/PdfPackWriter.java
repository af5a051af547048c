package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.PackDocuments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a PDF report beside each workbook: every trust, ICS, region and England. */
public final class PdfPackWriter {
    private final ReportContext ctx;

    /** @param history the other years' figures by year, for the year-by-year values */
    public PdfPackWriter(FiguresIndex index, Map<String, FiguresIndex> history, List<IndicatorDefinition> indicators,
                         OrgRegistry registry, Path narrativeTemplates, List<String> factorNotes, String version) {
        this.ctx = new ReportContext(index, history, indicators, registry, new Narrative(narrativeTemplates),
                version, ReportText.methodology(indicators, index.figures().factors(), index.figures().peers(), index.figures().checks(), factorNotes), ReportText.glossary());
    }

    /** The pack's reports, to be written by a {@link uk.nhs.greenbench.report.DocumentQueue}. */
    public List<Document> documents(Path folder) throws IOException {
        // Each report fills and exports its own JasperReports objects, so they can be written on every core.
        return PackDocuments.of(ctx.index(), folder, "report", FileNames::report, (file, o) -> {
            if (o.level().equals(Level.TRUST)) TrustReport.write(file, o, ctx);
            else AreaReport.write(file, o, ctx);
        });
    }
}
