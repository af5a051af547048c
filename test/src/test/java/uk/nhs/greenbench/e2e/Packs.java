package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.greenbench.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line on the bundled data, once per year per test run, and reads what it wrote. */
final class Packs {
    private static final Map<String, Path> OUT = new HashMap<>();

    private Packs() {
    }

    /** The result of one command-line run. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs greenbench in a fresh JVM, as a user would: a run in the test's own JVM would share its hash seeds and
     * hide output that depends on them.
     */
    static Run runInNewJvm(String... args) throws IOException, InterruptedException {
        return runInNewJvm(List.of(), args);
    }

    /** As {@link #runInNewJvm(String...)}, with options for the new JVM such as a heap limit. */
    static Run runInNewJvm(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return waitFor(startInNewJvm(jvmOptions, args));
    }

    /** Starts greenbench in a fresh JVM, its output and errors on one stream; {@link #waitFor} collects them. */
    static Process startInNewJvm(List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dgreenbench.home=" + home(),
                "uk.nhs.greenbench.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    static Run waitFor(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, out);
    }

    static Path home() {
        return Path.of(System.getProperty("greenbench.home", "..")).toAbsolutePath().normalize();
    }

    /** The year most tests read: generated on its own, so it can be compared with the same year from {@link #allYears}. */
    static final String LATEST = "2023-24";

    /**
     * The pack folder of a bundled year, generated on first use: the latest year by its own run, the others from the
     * tables of the one {@code --years all --only tables} run ({@link #allYears}).
     */
    static synchronized Path pack(String year) throws IOException {
        if (!year.equals(LATEST)) return allYears().resolve(year);
        Path dir = OUT.get(year);
        if (dir == null) {
            Path out = removedAtExit(Files.createTempDirectory("greenbench-e2e-"));
            Run r = run("generate", "--year", year, "--out", out.toString(), "--quiet");
            if (r.exitCode() != 0) throw new IllegalStateException("generate " + year + " failed: " + r.err());
            dir = out.resolve(year);
            OUT.put(year, dir);
        }
        return dir;
    }

    /**
     * The output folder of one {@code generate --years all --only tables} run (the tables of every bundled year), made
     * on first use. The documents are the same code for every year and are tested on the latest year's own run.
     */
    static synchronized Path allYears() throws IOException {
        Path dir = OUT.get("all");
        if (dir == null) {
            dir = removedAtExit(Files.createTempDirectory("greenbench-e2e-all-"));
            Run r = run("generate", "--years", "all", "--only", "tables", "--out", dir.toString(), "--quiet");
            if (r.exitCode() != 0) throw new IllegalStateException("generate --years all failed: " + r.err());
            OUT.put("all", dir);
            allYearsOut = r.out();
        }
        return dir;
    }

    private static String allYearsOut;

    /** What the {@link #allYears} run printed. */
    static synchronized String allYearsOutput() throws IOException {
        allYears();
        return allYearsOut;
    }

    /**
     * The 2023-24 pack generated a second time, in a fresh JVM under another time zone and locale: the byte-identical
     * tests of every kind of file compare it with {@link #pack}. It is the national pack of the suite's one bench run
     * ({@link #benchRun}), which writes it as {@code generate} does (same code, same bytes), so the suite makes the
     * pack once for both; this returns as soon as that pack is published, while the bench goes on to its x3 set.
     */
    static Path repeatPack() throws IOException, InterruptedException {
        StartedBench b = bench();
        // The pack is published by renaming its finished staging folder: once the folder is there it is whole.
        Path national = b.dir().resolve("pack").resolve(LATEST);
        while (!Files.isDirectory(national)) {
            if (b.finished().isDone() && !Files.isDirectory(national)) {
                Run r = await(b.finished()).run();
                throw new IllegalStateException("the bench run wrote no national pack (exit " + r.exitCode() + "): " + r.out());
            }
            Thread.sleep(200);
        }
        return national;
    }

    /**
     * The suite's one {@code bench --scale 3} run, finished: the x3 memory guard ({@link BenchCommandTest}), with its
     * national pack serving as the repeat pack.
     */
    static BenchRun benchRun() throws IOException, InterruptedException {
        return await(bench().finished());
    }

    /** A finished bench run: what it printed and the folder it wrote (bench.txt, bench.csv, pack/, synthetic-x3/). */
    record BenchRun(Run run, Path dir) {
    }

    /**
     * The launcher's JVM options (the client compiler, the serial collector; the pack as a user makes it), with the heap
     * cap lowered to what the national pack and the x3 set need with a third to spare. Measured 2026-12-02
     * ({@code ./greenbench bench --scale 3} with -Xmx): the x3 run completes at 192 MiB with a live heap of 174 MiB, at
     * the edge; 256 MiB leaves room for the variation between runs, and a change that needs a third more memory at x3
     * fails. The launcher's 768 MiB is what x10 is given. The time zone and locale are another machine's: nothing
     * written may depend on them.
     */
    static final List<String> BENCH_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
            "-Duser.timezone=Pacific/Auckland", "-Duser.language=de", "-Duser.country=DE");

    /** The bench run under way: the folder it writes, and its result once the child JVM has exited. */
    private record StartedBench(Path dir, java.util.concurrent.CompletableFuture<BenchRun> finished) {
    }

    private static StartedBench bench;

    /**
     * Starts the bench run in the background on first use, or returns the one started. It is the suite's longest single
     * job (four national packs of work), so {@link BenchCommandTest} is ordered first of all (junit-platform.properties)
     * and starts it at once, to run beside everything else.
     */
    private static synchronized StartedBench bench() throws IOException {
        if (bench != null) return bench;
        Path dir = removedAtExit(Files.createTempDirectory("greenbench-bench-"));
        Process p = startInNewJvm(BENCH_JVM, "bench", "--scale", "3", "--libreoffice", "0", "--out", dir.toString(), "--quiet");
        // A run of a few tests that needed only the national pack ends before the x3 set: the child goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
        bench = new StartedBench(dir, java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new BenchRun(waitFor(p), dir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "bench-run");
            t.setDaemon(true);
            t.start();
        }));
        return bench;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the bench run failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The synthetic returns file the tests (and the README's example) use: made-up figures for seven real trusts. */
    static Path syntheticReturns() {
        return home().resolve("test/fixtures/synthetic-returns-2023-24.csv");
    }

    /** The synthetic OpenPrescribing download the inhaler tests use: made-up monthly figures for some ICBs and sub-ICBs. */
    static Path syntheticPrescribing() {
        return home().resolve("test/fixtures/synthetic-openprescribing-environmental-inhalers-2023-24.csv");
    }

    /** The ICS whose documents (and its trusts') {@link #suppliedPack} writes. */
    static final String SUPPLIED_FOR = "QRL";

    /**
     * The 2023-24 pack generated with the data a user supplies beside ERIC, on first use: the synthetic returns
     * ({@link ReturnsTest}) and the synthetic prescribing download ({@link InhalersTest}) in one run, as a user would
     * give both. The two feed different indicators (trusts' returns; ICBs' inhalers), so each test class reads its own
     * figures. The documents these tests read are Hampshire and Isle of Wight's (QRL) and its trusts', so the run writes
     * those only ({@code --for QRL}, as an ICS's analyst would): 16 documents, not 518.
     */
    static synchronized Path suppliedPack() throws IOException {
        Path dir = OUT.get("supplied");
        if (dir == null) {
            Path out = removedAtExit(Files.createTempDirectory("greenbench-e2e-supplied-"));
            // On the one-year folder: these tests look at the year's figures and documents, not at its trends or web
            // pages (the site renders the same figures and is tested on the latest year's own pack).
            Path home = oneYearHome("2023-24");
            Run r = run("generate", "--home", home.toString(), "--year", "2023-24",
                    "--returns", home.resolve(home().relativize(syntheticReturns())).toString(),
                    "--prescribing", home.resolve(home().relativize(syntheticPrescribing())).toString(), "--for", SUPPLIED_FOR,
                    "--out", out.toString(), "--quiet");
            if (r.exitCode() != 0) throw new IllegalStateException("generate with returns and prescribing failed: " + r.err());
            dir = out.resolve("2023-24");
            OUT.put("supplied", dir);
        }
        return dir;
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    /** The rows of a bundled year's figures.csv. */
    static List<CSVRecord> figures(String year) throws IOException {
        return csv(pack(year).resolve("figures.csv"));
    }

    /** One row per trend of a bundled year's trends.csv: its latest year's row, which carries the whole trend. */
    static List<CSVRecord> trends(String year) throws IOException {
        return latestOfEachTrend(pack(year).resolve("trends.csv"));
    }

    static List<CSVRecord> latestOfEachTrend(Path trendsCsv) throws IOException {
        return csv(trendsCsv).stream().filter(r -> r.get("year").equals(r.get("latest_year"))).toList();
    }

    static CSVRecord figure(String year, String level, String code, String indicator) throws IOException {
        return figures(year).stream().filter(r -> r.get("level").equals(level) && r.get("code").equals(code)
                && r.get("indicator").equals(indicator)).findFirst().orElseThrow(() -> new AssertionError(
                "no figure for " + level + " " + code + " " + indicator + " in " + year));
    }

    static double num(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    private static final Map<String, Path> ONE_YEAR_HOMES = new HashMap<>();

    /**
     * A greenbench folder whose bundled data lists one year alone, made of links to the real files: a run then reads no
     * other year for its trends, which the tests using it (bad inputs, peers, returns, inhalers, the site-only and the
     * interrupted runs) do not look at; they would otherwise read every other bundled year again on every run, and more
     * with each year bundled.
     */
    static synchronized Path oneYearHome(String year) throws IOException {
        if (ONE_YEAR_HOMES.containsKey(year)) return ONE_YEAR_HOMES.get(year);
        Path home = Files.createTempDirectory("greenbench-one-year-");
        Path real = Packs.home();
        try (var entries = Files.list(real)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals("data") && !name.equals("output")) Files.createSymbolicLink(home.resolve(name), p);
            }
        }
        Path data = Files.createDirectories(home.resolve("data"));
        try (var entries = Files.list(real.resolve("data"))) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().equals("bundled.json")) Files.createSymbolicLink(data.resolve(p.getFileName()), p);
            }
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var bundled = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(real.resolve("data/bundled.json").toFile());
        var years = json.createArrayNode();
        bundled.get("years").forEach(y -> {
            if (y.get("year").asText().equals(year)) years.add(y);
        });
        bundled.set("years", years);
        json.writeValue(data.resolve("bundled.json").toFile(), bundled);
        // Links and folders only: walking does not follow the links, so the real files are never touched.
        removedAtExit(home);
        ONE_YEAR_HOMES.put(year, home);
        return home;
    }

    /** A temporary folder of the suite's, removed when the test JVM exits (the bench run's is the best part of a GB). */
    private static Path removedAtExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }));
        return dir;
    }

}
