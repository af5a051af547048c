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
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dgreenbench.home=" + home(),
                "uk.nhs.greenbench.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
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
            Path out = Files.createTempDirectory("greenbench-e2e-");
            Run r = run("generate", "--year", year, "--out", out.toString(), "--quiet");
            if (r.exitCode() != 0) throw new IllegalStateException("generate " + year + " failed: " + r.err());
            dir = out.resolve(year);
            OUT.put(year, dir);
            startRepeatPack();
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
            dir = Files.createTempDirectory("greenbench-e2e-all-");
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
     * The 2023-24 pack generated a second time, in a fresh JVM under another time zone and locale, on first use: the
     * byte-identical tests of every kind of file compare it with {@link #pack}, so it is made once per test run.
     */
    static Path repeatPack() throws IOException, InterruptedException {
        startRepeatPack();
        try {
            return repeat.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the repeat run failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static java.util.concurrent.CompletableFuture<Path> repeat;

    /**
     * Starts the repeat run in the background once the first pack is written: its child JVM then runs while the
     * suite's single-threaded checks leave a core free, instead of holding up the test that first needs it.
     */
    private static synchronized void startRepeatPack() {
        if (repeat != null) return;
        repeat = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Path out = Files.createTempDirectory("greenbench-repeat-");
                // With the launcher's JVM options (./greenbench): the pack as a user makes it, without a default JVM's
                // optimising-compiler threads competing with the rest of the suite (suite CPU 9 min 17 s -> 8 min 47 s).
                Run r = runInNewJvm(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=Pacific/Auckland", "-Duser.language=de", "-Duser.country=DE"),
                        "generate", "--year", "2023-24", "--out", out.toString(), "-q");
                if (r.exitCode() != 0) throw new IllegalStateException(r.err());
                return out.resolve("2023-24");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "repeat-pack");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The synthetic returns file the tests (and the README's example) use: made-up figures for seven real trusts. */
    static Path syntheticReturns() {
        return home().resolve("test/fixtures/synthetic-returns-2023-24.csv");
    }

    /** The 2023-24 pack generated with the synthetic returns, on first use. */
    static synchronized Path returnsPack() throws IOException {
        Path dir = OUT.get("returns");
        if (dir == null) {
            Path out = Files.createTempDirectory("greenbench-e2e-returns-");
            // On the one-year folder: the returns tests look at the year's figures and documents, not at its trends or
            // web pages (the site renders the same figures and is tested on the latest year's own pack).
            Path home = oneYearHome("2023-24");
            Run r = run("generate", "--home", home.toString(), "--year", "2023-24", "--returns",
                    home.resolve(home().relativize(syntheticReturns())).toString(), "--only", "tables,workbooks,reports",
                    "--out", out.toString(), "--quiet");
            if (r.exitCode() != 0) throw new IllegalStateException("generate with returns failed: " + r.err());
            dir = out.resolve("2023-24");
            OUT.put("returns", dir);
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
     * other year for its trends, which the tests using it (bad inputs, peers, returns, inhalers) do not look at; they would
     * otherwise read every other bundled year again on every run, and more with each year bundled.
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var all = Files.walk(home)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }));
        ONE_YEAR_HOMES.put(year, home);
        return home;
    }

}
