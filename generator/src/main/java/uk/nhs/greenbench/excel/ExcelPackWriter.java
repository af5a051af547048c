package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.report.FileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                           List<String> factorNotes, Map<String, String> factorTitles, String version,
                           List<Figures> otherYears, Consumer<String> progress) {
        Map<String, FiguresIndex> history = new java.util.TreeMap<>();
        for (Figures f : otherYears) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        this.ctx = new ExcelContext(new FiguresIndex(figures), indicators, registry, factorNotes, version, history);
        this.progress = progress;
        FactorTitles.register(factorTitles);
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
        progress.accept("Writing " + orgs.size() + " " + sub + " workbook" + (orgs.size() == 1 ? "" : "s"));
        // Workbooks are independent: write them on every core (each has its own POI objects).
        List<Callable<Void>> jobs = new ArrayList<>();
        for (OrgRef o : orgs) {
            jobs.add(() -> {
                Path file = dir.resolve(FileNames.workbook(o.code(), o.name()));
                if (level.equals(OrgRef.TRUST)) TrustWorkbook.write(file, o, ctx);
                else AreaWorkbook.write(file, o, ctx);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing workbooks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
