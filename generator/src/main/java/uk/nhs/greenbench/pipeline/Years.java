package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.parallel.Parallel;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.trend.TrendCalculator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The computing stages over years: read each year and compute its figures (one year per core), then the trends of the
 * year written from every year up to it. What comes out is what every output renders.
 */
public final class Years {
    private final Project project;
    private final RunInputs run;
    private final YearReader reader;
    private final Consumer<String> progress;
    private final int threads;

    /** @param threads how many years to read or compute at once (normally one per core) */
    public Years(Project project, RunInputs run, Consumer<String> progress, int threads) {
        this.project = project;
        this.run = run;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.reader = new YearReader(project, run, progress);
    }

    public YearReader reader() {
        return reader;
    }

    /** Indicators, benchmarks and savings from a year's sums. */
    public Figures calculate(ReadYear read) {
        progress.accept("Computing indicators, benchmarks and savings for " + read.year());
        Figures figures = new FiguresCalculator(project.registry(), project.indicators(), project.checks(), run.peers())
                .compute(read.year(), read.sums(), read.inputs());
        return figures.withCapacity(CapacityStage.headroom(figures, read.sums(), run.capacity(project.capacity())));
    }

    /** A year's figures from its files, and the figures of the other bundled years with site data. */
    public YearFigures computeWithOtherYears(String year, List<Path> ericFiles) {
        return computeWithOtherYears(year, ericFiles, UnaryOperator.identity());
    }

    /**
     * A year's figures from its files, and those of the other bundled years with site data (for the year-by-year
     * values): each year read and computed in one job, one year per core, the year asked for first. A year's figures
     * are computed while the others are still being read (with reading and computing as two stages, a core sat idle
     * at the end of each), and its running sums are let go as soon as its figures are made.
     *
     * @param tap applied to the rows of the year asked for only
     */
    public YearFigures computeWithOtherYears(String year, List<Path> ericFiles, UnaryOperator<Consumer<SiteRecord>> tap) {
        List<Callable<Figures>> jobs = new ArrayList<>();
        jobs.add(() -> calculate(reader.read(year, ericFiles, tap)));
        for (BundledData.Year y : project.bundled().years()) {
            if (y.year().equals(year) || !y.hasSiteData()) continue;
            jobs.add(bundledYear(y.year()));
        }
        List<Figures> all = Parallel.run(jobs, threads);
        return withTrends(all.get(0), all.subList(1, all.size()));
    }

    /** Reading a bundled year's files and computing its figures, as one job. */
    private Callable<Figures> bundledYear(String year) {
        return () -> calculate(reader.read(year, reader.bundledFiles(year), UnaryOperator.identity()));
    }

    /** A year's figures with its trends, worked out from it and the other years' figures. */
    public YearFigures withTrends(Figures year, List<Figures> others) {
        List<Figures> every = new ArrayList<>(others);
        every.add(year);
        var trends = new TrendCalculator(project.indicators().all(), project.checks()).compute(year.year(), every);
        Figures withTrends = year.withTrends(trends);
        return YearFigures.of(withTrends.withCapacity(CapacityStage.withPaths(withTrends)), every.size());
    }

    /** Every bundled year's figures, each with the trends up to its year; each year is read and computed once. */
    public List<YearFigures> computeEveryBundledYear() {
        List<Callable<Figures>> jobs = new ArrayList<>();
        for (BundledData.Year y : project.bundled().years()) jobs.add(bundledYear(y.year()));
        List<Figures> all = Parallel.run(jobs, threads);
        List<YearFigures> out = new ArrayList<>();
        for (Figures f : all) {
            List<Figures> others = all.stream().filter(o -> o != f && project.bundled().year(o.year()).orElseThrow().hasSiteData()).toList();
            out.add(withTrends(f, others));
        }
        return out;
    }
}
