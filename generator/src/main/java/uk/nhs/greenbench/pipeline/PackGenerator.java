package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.excel.ExcelPackWriter;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.pdf.PdfPackWriter;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.ingest.EricFile;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.ingest.EricReader;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.report.DataQualityCsvWriter;
import uk.nhs.greenbench.report.FiguresCsvWriter;
import uk.nhs.greenbench.report.TrendsCsvWriter;
import uk.nhs.greenbench.report.TrendsJsonWriter;
import uk.nhs.greenbench.report.FiguresJsonWriter;
import uk.nhs.greenbench.report.ManifestWriter;
import uk.nhs.greenbench.report.PeersCsvWriter;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.DocumentQueue;
import uk.nhs.greenbench.report.PackFolder;
import uk.nhs.greenbench.trend.TrendCalculator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Reads a year's ERIC files (with the run's returns and prescribing files), computes the figures and writes the pack. */
public final class PackGenerator {
    private final Project project;
    private final Consumer<String> progress;
    private final int threads;
    private final RunInputs run;

    public PackGenerator(Project project, Consumer<String> progress) {
        this(project, progress, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many documents or years to work on at once (normally one per core) */
    public PackGenerator(Project project, Consumer<String> progress, int threads) {
        this(project, progress, threads, RunInputs.DEFAULT);
    }

    /** @param run the run's returns, prescribing downloads and peer choice, added to every year read */
    public PackGenerator(Project project, Consumer<String> progress, int threads, RunInputs run) {
        this.project = project;
        this.progress = progress;
        this.threads = Math.max(1, threads);
        this.run = run;
    }

    /** The latest bundled year with site data, the default for {@code generate}. */
    public String defaultYear() {
        String best = null;
        for (BundledData.Year y : project.bundled().years()) {
            if (y.hasSiteData() && (best == null || y.year().compareTo(best) > 0)) best = y.year();
        }
        if (best == null) throw new InputException("data/bundled.json lists no year with site data");
        return best;
    }

    /** The bundled files for a year. */
    public List<Path> bundledFiles(String year) {
        BundledData.Year y = project.bundled().year(year).orElseThrow(() -> new InputException(
                "No bundled ERIC data for " + year + "; bundled years: "
                        + project.bundled().years().stream().map(BundledData.Year::year).toList()
                        + ". For another year pass its published file with --eric FILE --year " + year));
        return y.files().stream().map(project.home()::resolve).toList();
    }

    /** A year's files as read: the running sums and the files' descriptions for the manifest. */
    public record ReadYear(String year, YearSums sums, List<Figures.InputFile> inputs) {
    }

    /** A year's figures and those of the other bundled years, for the year-by-year values. */
    public record YearFigures(Figures figures, List<Figures> otherYears) {
    }

    /** Reads the files, summing sites to trusts as they are read, then computes the year's figures. */
    public Figures compute(String year, List<Path> ericFiles) {
        return calculate(read(year, ericFiles, UnaryOperator.identity()));
    }

    /**
     * Reads a year's files, summing sites to trusts as they are read.
     *
     * @param tap may change the rows on their way to the sums (the benchmark's synthetic copies); normally identity
     */
    public ReadYear read(String year, List<Path> ericFiles, UnaryOperator<Consumer<SiteRecord>> tap) {
        progress.accept("Choosing carbon factors for " + year);
        FactorSet factors = project.factors().forYear(year);
        YearSums sums = calculator().sumsFor(year, factors);
        EricReader reader = new EricReader(project.layouts());
        List<Figures.InputFile> inputs = new ArrayList<>();
        refuseRepeatedFiles(ericFiles);
        for (Path f : ericFiles) {
            progress.accept("Reading " + f.getFileName());
            EricFile file = reader.read(f, layout -> tap.apply(sums.sink(layout)));
            sums.fileRead(file);
            inputs.add(new Figures.InputFile(relative(f), file.layout().id(), file.encoding(), file.sha256()));
        }
        sums.addReturns(run.returns().forYear(year));
        for (PrescribingFile f : run.prescribing()) {
            if (f.forYear(year).isEmpty()) continue;
            sums.addPrescribing(f.forYear(year));
            inputs.add(new Figures.InputFile(relative(f.path()), ManifestWriter.PRESCRIBING, "", f.sha256()));
        }
        for (ReturnsFile f : run.returns().files()) {
            if (!f.forYear(year).isEmpty()) inputs.add(new Figures.InputFile(relative(f.path()), ManifestWriter.RETURNS, f.encoding(), f.sha256()));
        }
        return new ReadYear(year, sums, inputs);
    }

    /** The same file given twice (under one name or two) would double every figure: refused. */
    private static void refuseRepeatedFiles(List<Path> files) {
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Path f : files) {
            Path first = seen.putIfAbsent(EricReader.sha256(f), f);
            if (first != null) {
                throw new InputException(f + " is the same file as " + first + " (same SHA-256): each file is read once, "
                        + "and reading it twice would double every figure. Pass it once.");
            }
        }
    }

    /** Indicators, benchmarks and savings from a year's sums. */
    public Figures calculate(ReadYear read) {
        progress.accept("Computing indicators, benchmarks and savings for " + read.year());
        return calculator().compute(read.year(), read.sums(), read.inputs());
    }

    /** A year's figures from its files, and the figures of the other bundled years with site data. */
    public YearFigures computeWithOtherYears(String year, List<Path> ericFiles) {
        return calculateYears(readYears(year, ericFiles, UnaryOperator.identity()));
    }

    /**
     * Reads a year's files and those of the other bundled years with site data (for the year-by-year values).
     * The years are independent, so they are read at the same time, one per core; the year asked for comes first.
     *
     * @param tap applied to the rows of the year asked for only
     */
    public List<ReadYear> readYears(String year, List<Path> ericFiles, UnaryOperator<Consumer<SiteRecord>> tap) {
        List<Callable<ReadYear>> jobs = new ArrayList<>();
        jobs.add(() -> read(year, ericFiles, tap));
        for (BundledData.Year y : project.bundled().years()) {
            if (y.year().equals(year) || !y.hasSiteData()) continue;
            jobs.add(() -> read(y.year(), bundledFiles(y.year()), UnaryOperator.identity()));
        }
        return inParallel(jobs);
    }

    /**
     * The figures of years read by {@link #readYears}, computed one per core; the first year's figures carry the
     * trends of every organisation across the years up to it.
     */
    public YearFigures calculateYears(List<ReadYear> years) {
        List<Callable<Figures>> jobs = new ArrayList<>();
        for (ReadYear y : years) jobs.add(() -> calculate(y));
        List<Figures> all = inParallel(jobs);
        return withTrends(all.get(0), all.subList(1, all.size()));
    }

    /** A year's figures with its trends, worked out from it and the other years' figures. */
    public YearFigures withTrends(Figures year, List<Figures> others) {
        List<Figures> every = new ArrayList<>(others);
        every.add(year);
        var trends = new TrendCalculator(project.indicators().all()).compute(year.year(), every);
        return new YearFigures(year.withTrends(trends), List.copyOf(others));
    }

    /**
     * Every bundled year's figures, each with the trends up to its year and the other years for its
     * year-by-year values; the years are read and computed once, at the same time.
     */
    public List<YearFigures> computeEveryBundledYear() {
        List<Callable<Figures>> jobs = new ArrayList<>();
        for (BundledData.Year y : project.bundled().years()) {
            jobs.add(() -> calculate(read(y.year(), bundledFiles(y.year()), UnaryOperator.identity())));
        }
        List<Figures> all = inParallel(jobs);
        List<YearFigures> out = new ArrayList<>();
        for (Figures f : all) {
            List<Figures> others = all.stream().filter(o -> o != f && project.bundled().year(o.year()).orElseThrow().hasSiteData()).toList();
            out.add(withTrends(f, others));
        }
        return out;
    }

    /** Runs independent jobs on every core; results in the jobs' order; the first job's failure is the one reported. */
    private <T> List<T> inParallel(List<Callable<T>> jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> j : jobs) futures.add(pool.submit(j));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(result(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private FiguresCalculator calculator() {
        return new FiguresCalculator(project.registry(), project.indicators(), project.checks(), run.peers());
    }

    /** A step of writing a pack: it may fail with an I/O error. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    /** Runs the steps of writing a pack; the benchmark's version times each. */
    @FunctionalInterface
    public interface Steps {
        Steps UNTIMED = (name, step) -> step.run();

        void run(String name, Step step) throws IOException;
    }

    /** Where a pack was written, and what its documents cost. */
    public record Written(Path target, DocumentQueue.Stats documents) {
    }

    /**
     * Writes figures.csv, figures.json, data-quality.csv, manifest.json, the workbooks and the reports (trusts/,
     * ics/, regions/, national/) into {@code out/<year>/}, all at once or not at all.
     */
    public Path write(YearFigures year, Path out, String version) {
        return write(year, out, version, Steps.UNTIMED).target();
    }

    /** As {@link #write(YearFigures, Path, String)}, running the steps "tables" and "documents" through {@code steps}. */
    public Written write(YearFigures year, Path out, String version, Steps steps) {
        Path target = out.resolve(year.figures().year());
        DocumentQueue.Stats[] stats = new DocumentQueue.Stats[1];
        try {
            PackFolder.write(target, folder -> {
                steps.run("tables", () -> writeTables(year.figures(), folder, version));
                steps.run("documents", () -> stats[0] = writeDocuments(year, folder, version));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("Could not write the pack to " + target + ": " + describe(e)
                    + " (any previous pack there is unchanged)", e);
        }
        return new Written(target, stats[0]);
    }

    /** figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv and manifest.json. */
    private void writeTables(Figures figures, Path folder, String version) throws IOException {
        progress.accept("Writing figures.csv, figures.json, trends.csv, trends.json, data-quality.csv, peers.csv and manifest.json");
        FiguresCsvWriter.write(figures, folder.resolve("figures.csv"));
        FiguresJsonWriter.write(figures, folder.resolve("figures.json"));
        TrendsCsvWriter.write(figures.trends(), folder.resolve("trends.csv"));
        TrendsJsonWriter.write(figures.year(), figures.trends(), folder.resolve("trends.json"));
        DataQualityCsvWriter.write(figures, folder.resolve("data-quality.csv"));
        PeersCsvWriter.write(figures, folder.resolve("peers.csv"));
        ManifestWriter.write(figures, project.indicators().forYear(figures.year()), version,
                referenceFiles(figures.factors()), folder.resolve("manifest.json"));
    }

    /** Every workbook and report, written together on every core. */
    private DocumentQueue.Stats writeDocuments(YearFigures year, Path folder, String version) throws IOException {
        Figures figures = year.figures();
        var indicators = project.indicators().forYear(figures.year());
        // Indexed once here, for both kinds of document.
        FiguresIndex index = new FiguresIndex(figures);
        Map<String, FiguresIndex> history = new TreeMap<>();
        for (Figures f : year.otherYears()) if (!f.year().equals(figures.year())) history.put(f.year(), new FiguresIndex(f));
        List<Document> docs = new ArrayList<>(new ExcelPackWriter(index, history, indicators, project.registry(),
                project.factors().notes(), version).documents(folder));
        docs.addAll(new PdfPackWriter(index, history, indicators, project.registry(),
                project.home().resolve("templates/narrative"), project.factors().notes(), version).documents(folder));
        return DocumentQueue.writeAll(docs, threads, progress);
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException a) return "permission denied on " + a.getFile();
        if (t instanceof java.nio.file.NoSuchFileException n) return "no such folder: " + n.getFile();
        if (t instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? "file system error" : f.getReason()) + " (" + f.getFile() + ")";
        }
        return String.valueOf(t.getMessage());
    }

    private List<Figures.InputFile> referenceFiles(FactorSet factors) {
        List<Figures.InputFile> files = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String f : uk.nhs.greenbench.registry.OrgRegistry.FILES) paths.add("regions/" + f);
        paths.add("factors/factors.json");
        paths.addAll(project.factors().filesFor(factors));
        for (String p : paths) {
            files.add(new Figures.InputFile(p, null, null, EricReader.sha256(project.home().resolve(p))));
        }
        return files;
    }

    private String relative(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        return abs.startsWith(project.home()) ? project.home().relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** The pack could not be written (disk full, no permission, …). */
    public static final class OutputException extends RuntimeException {
        public OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
