package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.PackLevels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes every workbook of a pack: {@code trusts/}, {@code ics/}, {@code regions/} and {@code national/}, one
 * file each, named {@code <CODE>-<name>.xlsx}.
 */
public final class ExcelPackWriter {
    private final ExcelContext ctx;
    private final Consumer<String> progress;

    public ExcelPackWriter(Figures figures, List<IndicatorDefinition> indicators, OrgRegistry registry,
                           List<String> factorNotes, String version,
                           List<Figures> otherYears, Consumer<String> progress) {
        Map<String, FiguresIndex> history = new java.util.TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        this.ctx = new ExcelContext(new FiguresIndex(figures), indicators, registry, factorNotes, version, history);
        this.progress = progress;
    }

    public void write(Path folder) throws IOException {
        // Documents are independent: each has its own POI or JasperReports objects, so they are written on every core.
        PackLevels.writeEach(ctx.index(), folder, "workbook", progress, (dir, o) -> {
            Path file = dir.resolve(FileNames.workbook(o.code(), o.name()));
            if (o.level().equals(OrgRef.TRUST)) TrustWorkbook.write(file, o, ctx);
            else AreaWorkbook.write(file, o, ctx);
        });
    }
}
