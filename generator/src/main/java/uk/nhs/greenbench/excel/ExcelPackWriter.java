package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.DocumentSelection;
import uk.nhs.greenbench.report.PackDocuments;
import uk.nhs.greenbench.report.PackOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every workbook of a pack: {@code trusts/}, {@code ics/}, {@code regions/} and {@code national/}, one
 * file each, named {@code <CODE>-<name>.xlsx}.
 */
public final class ExcelPackWriter implements PackOutput {
    private final IndicatorLibrary indicators;
    private final OrgRegistry registry;
    private final List<String> factorNotes;
    private final String version;
    private final DocumentSelection selected;

    /** @param selected the organisations to write workbooks for */
    public ExcelPackWriter(IndicatorLibrary indicators, OrgRegistry registry, List<String> factorNotes, String version,
                           DocumentSelection selected) {
        this.indicators = indicators;
        this.registry = registry;
        this.factorNotes = List.copyOf(factorNotes);
        this.version = version;
        this.selected = selected;
    }

    /** The pack's workbooks, to be written by a {@link uk.nhs.greenbench.report.DocumentQueue}. */
    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        ExcelContext ctx = new ExcelContext(year.index(), indicators.forYear(year.year()), registry, factorNotes, version);
        // Each workbook has its own POI objects, so they can be written on every core.
        return PackDocuments.of(ctx.index(), folder, "workbook", FileNames::workbook, selected, (file, o) -> {
            if (o.level().equals(Level.TRUST)) TrustWorkbook.write(file, o, ctx);
            else AreaWorkbook.write(file, o, ctx);
        });
    }
}
