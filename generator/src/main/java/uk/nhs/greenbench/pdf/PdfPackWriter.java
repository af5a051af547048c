package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.DocumentSelection;
import uk.nhs.greenbench.report.PackDocuments;
import uk.nhs.greenbench.report.PackOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes a PDF report beside each workbook: every trust, ICS, region and England. */
public final class PdfPackWriter implements PackOutput {
    private final IndicatorLibrary indicators;
    private final OrgRegistry registry;
    private final Path narrativeTemplates;
    private final List<String> factorNotes;
    private final String version;
    private final DocumentSelection selected;

    /** @param selected the organisations to write reports for */
    public PdfPackWriter(IndicatorLibrary indicators, OrgRegistry registry, Path narrativeTemplates, List<String> factorNotes, String version,
                         DocumentSelection selected) {
        this.indicators = indicators;
        this.registry = registry;
        this.narrativeTemplates = narrativeTemplates;
        this.factorNotes = List.copyOf(factorNotes);
        this.version = version;
        this.selected = selected;
    }

    /** The pack's reports, to be written by a {@link uk.nhs.greenbench.report.DocumentQueue}. */
    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        List<IndicatorDefinition> defs = indicators.forYear(year.year());
        ReportContext ctx = new ReportContext(year.index(), defs, registry, new Narrative(narrativeTemplates), version,
                factorNotes);
        // Each report fills and exports its own JasperReports objects, so they can be written on every core.
        return PackDocuments.of(ctx.index(), folder, "report", FileNames::report, selected, (file, o) -> {
            if (o.level().equals(Level.TRUST)) TrustReport.write(file, o, ctx);
            else AreaReport.write(file, o, ctx);
        });
    }
}
