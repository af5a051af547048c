package uk.nhs.greenbench.excel;

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

/**
 * Writes every workbook of a pack: {@code trusts/}, {@code ics/}, {@code regions/} and {@code national/}, one
 * file each, named {@code <CODE>-<name>.xlsx}.
 */
public final class ExcelPackWriter {
    private final ExcelContext ctx;

    /** @param history the other years' figures by year, for the year-by-year values */
    public ExcelPackWriter(FiguresIndex index, Map<String, FiguresIndex> history, List<IndicatorDefinition> indicators,
                           OrgRegistry registry, List<String> factorNotes, String version) {
        this.ctx = new ExcelContext(index, indicators, registry, factorNotes, version, history);
    }

    /** The pack's workbooks, to be written by a {@link uk.nhs.greenbench.report.DocumentQueue}. */
    public List<Document> documents(Path folder) throws IOException {
        // Each workbook has its own POI objects, so they can be written on every core.
        return PackDocuments.of(ctx.index(), folder, "workbook", FileNames::workbook, (file, o) -> {
            if (o.level().equals(Level.TRUST)) TrustWorkbook.write(file, o, ctx);
            else AreaWorkbook.write(file, o, ctx);
        });
    }
}
