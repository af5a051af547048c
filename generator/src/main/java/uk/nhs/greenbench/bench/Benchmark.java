package uk.nhs.greenbench.bench;

import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.pack.PackWriter;
import uk.nhs.greenbench.pack.StandardPack;
import uk.nhs.greenbench.pipeline.RunInputs;
import uk.nhs.greenbench.pipeline.Years;
import uk.nhs.greenbench.pipeline.Project;
import uk.nhs.greenbench.report.DocumentQueue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Times the national pack stage by stage — start-up, ingest, compute, tables (CSV/JSON), site (the web pages), documents (xlsx and PDF
 * together, with each kind's CPU time) — then, when LibreOffice is installed, converts a sample of the same
 * workbooks to PDF with it, and, with a scale above 1, runs a synthetic national set that many times the size.
 * Reports the targets met or missed with the numbers.
 */
public final class Benchmark {
    /** Targets from the speed issue (21), for 2 cores. */
    static final double TARGET_WALL_S = 10, TARGET_RSS_MIB = 512, TARGET_LIBREOFFICE_RATIO = 100, TARGET_SCALE_TIME = 1.1,
            TARGET_SCALE_LIVE = 2, TARGET_YEARS_ALL = 3;

    /**
     * @param scale             size of the synthetic set relative to the real one; 1 for none
     * @param libreOfficeSample workbooks LibreOffice converts; 0 to skip
     * @param allYears          also time {@code generate --years all}: every bundled year read, computed and written once
     */
    public record Options(String year, int scale, Path out, int libreOfficeSample, int threads, String version, boolean allYears) {
    }

    private final Project project;
    private final Options options;
    private final Consumer<String> progress;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public Benchmark(Project project, Options options, Consumer<String> progress) {
        this.project = project;
        this.options = options;
        this.progress = progress;
    }

    /** Runs everything; returns the report text (also written to bench.txt and bench.csv in the output folder). */
    public String run() throws Exception {
        List<StageResult> results = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        long startupWall = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        long startupCpu = os.getProcessCpuTime();
        try (ResourceSampler sampler = new ResourceSampler(5)) {
            results.add(new StageResult("national", "start-up", startupWall, startupCpu, 0, 0, 0, ResourceSampler.rss(),
                    "JVM start, classes and project files loaded"));
            RunTotals real = runPack("national", project, UnaryOperator.identity(), options.out().resolve("pack"), sampler, results);
            double wall = (startupWall + real.wallNanos) / 1e9;
            verdicts.add(verdict("whole national pack (start-up included)", wall, "s", TARGET_WALL_S, wall <= TARGET_WALL_S));
            double rss = real.peakRss / 1048576.0;
            verdicts.add(verdict("peak RSS", rss, "MiB", TARGET_RSS_MIB, rss <= TARGET_RSS_MIB));
            verdicts.add(libreOffice(real, results));
            if (options.scale() > 1) verdicts.addAll(scale(real, sampler, results));
            if (options.allYears()) verdicts.add(allYears(startupWall + real.wallNanos, sampler, results));
        }
        String text = BenchReport.table(results, cores) + "\n" + String.join("\n", verdicts) + "\n" + machine() + "\n";
        Files.createDirectories(options.out());
        Files.writeString(options.out().resolve("bench.txt"), text);
        BenchReport.writeCsv(results, cores, options.out().resolve("bench.csv"));
        return text;
    }

    /** What one pack run took altogether, and what its documents were. */
    private record RunTotals(long wallNanos, long peakRss, long peakLive, DocumentCpu documents,
                             Path pack) {
    }

    private RunTotals runPack(String run, Project p, UnaryOperator<Consumer<SiteRecord>> tap, Path out,
                              ResourceSampler sampler, List<StageResult> results) throws Exception {
        StageClock clock = new StageClock(run, sampler);
        Years g = new Years(p, RunInputs.DEFAULT, progress, options.threads());
        PackWriter writer = StandardPack.writer(p, options.version(), options.threads(), progress);
        long start = System.nanoTime(), cpu = os.getProcessCpuTime();
        var figures = clock.time("read and compute", () -> g.computeWithOtherYears(options.year(), g.reader().bundledFiles(options.year()), tap));
        clock.describe("read and compute", 0, figures.trendYears() + " years, each read and computed in one job, one per core");
        long writeStart = System.nanoTime(), writeCpu = os.getProcessCpuTime();
        PackWriter.Written written = writer.write(figures, out, clock::time);
        long writeWall = System.nanoTime() - writeStart, writeCpuUsed = os.getProcessCpuTime() - writeCpu;
        List<StageResult> stages = new ArrayList<>(clock.results());
        long inner = stages.stream().filter(s -> s.stage().equals("tables") || s.stage().equals("site") || s.stage().equals("documents"))
                .mapToLong(StageResult::wallNanos).sum();
        long innerCpu = stages.stream().filter(s -> s.stage().equals("tables") || s.stage().equals("site") || s.stage().equals("documents"))
                .mapToLong(StageResult::cpuNanos).sum();
        ResourceSampler.Peaks last = sampler.resetAndGet();
        stages.add(new StageResult(run, "publish", writeWall - inner, writeCpuUsed - innerCpu, 0, last.heap(), last.live(), last.rss(),
                "pack moved into place"));
        DocumentQueue.Stats docs = written.documents();
        StageResult docStage = stages.stream().filter(s -> s.stage().equals("documents")).findFirst().orElseThrow();
        int docCount = docs.documents().values().stream().mapToInt(Integer::intValue).sum();
        long docCpu = docs.cpuNanos().values().stream().mapToLong(Long::longValue).sum();
        DocumentCpu perDoc = new DocumentCpu(docs);
        List<StageResult> ordered = new ArrayList<>();
        for (StageResult s : stages) {
            if (!s.stage().equals("documents")) {
                ordered.add(s);
                continue;
            }
            ordered.add(new StageResult(run, s.stage(), s.wallNanos(), s.cpuNanos(), docCount, s.peakHeap(), s.peakLive(), s.peakRss(),
                    "workbooks and reports in one queue, largest first"));
            for (Map.Entry<String, Integer> k : docs.documents().entrySet()) {
                long kindCpu = docs.cpuNanos().getOrDefault(k.getKey(), 0L);
                long share = docCpu > 0 ? Math.round((double) docStage.wallNanos() * kindCpu / docCpu) : 0;
                double msPerDoc = kindCpu / 1e6 / k.getValue();
                ordered.add(new StageResult(run, "  " + (k.getKey().equals("report") ? "pdf" : "xlsx"), share, kindCpu,
                        k.getValue(), 0, 0, 0, String.format(Locale.ROOT,
                        "%.0f ms CPU per document (trusts' %s, areas' %s); wall is its share of the documents stage", msPerDoc,
                        ms(perDoc.perDocument(k.getKey(), true)), ms(perDoc.perDocument(k.getKey(), false)))));
            }
        }
        long wall = System.nanoTime() - start;
        long peakRss = ordered.stream().mapToLong(StageResult::peakRss).max().orElse(0);
        long peakHeap = ordered.stream().mapToLong(StageResult::peakHeap).max().orElse(0);
        long peakLive = ordered.stream().mapToLong(StageResult::peakLive).max().orElse(0);
        ordered.add(new StageResult(run, "total", wall, os.getProcessCpuTime() - cpu, docCount, peakHeap, peakLive, peakRss,
                "ingest to publish; " + written.target()));
        results.addAll(ordered);
        return new RunTotals(wall, peakRss, peakLive, perDoc, written.target());
    }

    private static String ms(java.util.OptionalDouble seconds) {
        return seconds.isPresent() ? String.format(Locale.ROOT, "%.0f ms", seconds.getAsDouble() * 1000) : "none";
    }

    private String libreOffice(RunTotals real, List<StageResult> results) throws IOException, InterruptedException {
        var soffice = LibreOfficeComparison.binary();
        if (options.libreOfficeSample() <= 0) return "LibreOffice comparison: skipped (--libreoffice 0)";
        if (soffice.isEmpty()) return "LibreOffice comparison: skipped (LibreOffice is not installed)";
        List<Path> sample;
        try (Stream<Path> files = Files.list(real.pack().resolve("trusts"))) {
            sample = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().limit(options.libreOfficeSample()).toList();
        }
        progress.accept("Converting " + sample.size() + " workbooks to PDF with LibreOffice");
        Path work = Files.createTempDirectory("greenbench-bench-lo-");
        var lo = LibreOfficeComparison.convert(soffice.get(), sample, work);
        results.add(new StageResult("libreoffice", "xlsx -> pdf", lo.wallNanos(), 0, lo.documents(), 0, 0, 0,
                lo.converted() + " of " + lo.documents() + " converted in one LibreOffice process (start-up shared)"));
        // The same trusts' reports: LibreOffice converts trust workbooks, and an area's report costs several trusts'.
        double same = real.documents().perDocument("report", sample.stream().map(f -> DocumentCpu.stem(f.getFileName().toString())).toList())
                .orElse(Double.NaN);
        double all = real.documents().perDocument("report").orElse(Double.NaN);
        double ratio = lo.secondsPerDocument() / same;
        return verdict("LibreOffice seconds per workbook-to-PDF / greenbench CPU seconds for the same trusts' PDFs", ratio, "x",
                TARGET_LIBREOFFICE_RATIO, ratio >= TARGET_LIBREOFFICE_RATIO)
                + String.format(Locale.ROOT, " (%.2f s vs %.3f s; against every report's %.3f s, areas' included: %.1fx)",
                lo.secondsPerDocument(), same, all, lo.secondsPerDocument() / all);
    }

    private List<String> scale(RunTotals real, ResourceSampler sampler, List<StageResult> results) throws Exception {
        int n = options.scale();
        SyntheticCopies copies = new SyntheticCopies(n);
        Project synthetic = new Project(project.home(), project.measures(), project.layouts(), project.factors(),
                project.indicators(), project.checks(), copies.registry(project.registry()), project.bundled(), project.capacity());
        String run = "synthetic x" + n;
        progress.accept("Running the synthetic national set x" + n + " (every trust copied " + (n - 1) + " times, values perturbed)");
        RunTotals big = runPack(run, synthetic, copies, options.out().resolve("synthetic-x" + n), sampler, results);
        double timeRatio = (double) big.wallNanos / real.wallNanos;
        double rssRatio = (double) big.peakRss / real.peakRss;
        double liveRatio = (double) big.peakLive / real.peakLive;
        List<String> out = new ArrayList<>();
        out.add(verdict("synthetic x" + n + " time / real time", timeRatio, "x", TARGET_SCALE_TIME * n, timeRatio <= TARGET_SCALE_TIME * n));
        out.add(verdict("synthetic x" + n + " peak live heap / real", liveRatio, "x", TARGET_SCALE_LIVE, liveRatio <= TARGET_SCALE_LIVE));
        out.add(String.format(Locale.ROOT, "synthetic x%d peak RSS / real: %.2fx (RSS follows the heap the collector chose to "
                + "reserve; the live heap is the data held: the figures of every organisation and the largest documents being "
                + "written)", n, rssRatio));
        return out;
    }

    /** Times every bundled year's pack as {@code generate --years all} makes them, against one year's whole pack. */
    private String allYears(long oneYearNanos, ResourceSampler sampler, List<StageResult> results) throws Exception {
        progress.accept("Generating every bundled year's pack, as generate --years all does");
        StageClock clock = new StageClock("years all", sampler);
        Years g = new Years(project, RunInputs.DEFAULT, progress, options.threads());
        PackWriter writer = StandardPack.writer(project, options.version(), options.threads(), progress);
        long start = System.nanoTime(), cpu = os.getProcessCpuTime();
        List<uk.nhs.greenbench.figures.YearFigures> every = clock.time("read and compute", g::computeEveryBundledYear);
        clock.describe("read and compute", 0, every.size() + " years, each read and computed once");
        int[] packs = new int[1];
        clock.time("packs", () -> {
            for (var y : every) {
                if (!y.figures().hasAnyValue()) continue;
                writer.write(y, options.out().resolve("years-all"));
                packs[0]++;
            }
        });
        clock.describe("packs", 0, packs[0] + " packs, every output of each");
        long wall = System.nanoTime() - start;
        List<StageResult> stages = new ArrayList<>(clock.results());
        stages.add(new StageResult("years all", "total", wall, os.getProcessCpuTime() - cpu, 0,
                stages.stream().mapToLong(StageResult::peakHeap).max().orElse(0), stages.stream().mapToLong(StageResult::peakLive).max().orElse(0),
                stages.stream().mapToLong(StageResult::peakRss).max().orElse(0), "start-up not included"));
        results.addAll(stages);
        double ratio = (double) wall / oneYearNanos;
        return verdict("--years all (" + packs[0] + " packs) / one year's whole pack", ratio, "x", TARGET_YEARS_ALL, ratio <= TARGET_YEARS_ALL);
    }

    private static String verdict(String what, double value, String unit, double target, boolean met) {
        String cmp = unit.equals("x") && what.startsWith("LibreOffice") ? ">=" : "<=";
        return String.format(Locale.ROOT, "%-70s %9.2f %-3s target %s %.0f %s: %s", what, value, unit, cmp, target, unit,
                met ? "met" : "NOT met");
    }

    private String machine() {
        return String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB, %s", cores,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1048576, cpuModel());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            return "CPU model unknown";
        }
        return "CPU model unknown";
    }
}
