package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: help, version, listing, errors and exit codes. */
// Its runs (folders of their own) and checks use about one core: it runs beside the other tests once a worker is free.
@Execution(ExecutionMode.CONCURRENT)
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Packs.Run r = Packs.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("generate").contains("indicators").contains("Exit codes");
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(Packs.run("--version").out()).startsWith("greenbench ");
    }

    @Test
    void theLauncherScriptRunsTheBuiltJar() throws Exception {
        Process p = new ProcessBuilder(Packs.home().resolve("greenbench").toString(), "indicators")
                .directory(Packs.home().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("energy-intensity");
    }

    @Test
    void indicatorsListsEveryDefinition() {
        Packs.Run r = Packs.run("indicators");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("energy-intensity").contains("clinical-incineration-share").contains("from 2019-20");
    }

    @Test
    void theIndicatorListIsAlignedInColumnsAndItsDetailsAreWrapped() {
        Packs.Run r = Packs.run("indicators", "-v");
        assertThat(r.exitCode()).isZero();
        java.util.List<String> lines = r.out().lines().toList();
        int title = lines.get(0).indexOf("TITLE");
        java.util.List<String> rows = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith(" ")).skip(1).toList();
        assertThat(rows).hasSizeGreaterThan(15);
        // Every title starts in the TITLE column, however long the id or unit before it (anaesthetic-gas-carbon-per-operation).
        for (String row : rows) assertThat(row.charAt(title - 1)).as(row).isEqualTo(' ');
        for (String row : rows) assertThat(row.charAt(title)).as(row).isNotEqualTo(' ');
        // Details wrap at 110 columns (a line is longer only when one word is).
        assertThat(lines.stream().filter(l -> l.startsWith("    ") && l.strip().contains(" ")))
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(110));
        assertThat(lines).anyMatch(l -> l.startsWith("    numerator:   ")).anyMatch(l -> l.startsWith("                 "));
    }

    @Test
    void generateHelpListsTheBundledYears() {
        Packs.Run r = Packs.run("generate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Bundled: 2013-14, 2014-15, 2016-17, 2019-20, 2023-24 with site data; 2024-25 trust level only.");
    }

    @Test
    void aPackForOneIcsHasItsAndItsTrustsDocumentsOnlyAndEveryOrganisationsFigures() throws Exception {
        Path pack = Packs.suppliedPack();
        List<org.apache.commons.csv.CSVRecord> figures = Packs.csv(pack.resolve("figures.csv"));
        java.util.Set<String> members = new java.util.TreeSet<>(), trusts = new java.util.TreeSet<>();
        for (var r : figures) {
            if (!r.get("level").equals("trust")) continue;
            trusts.add(r.get("code"));
            if (r.get("ics_code").equals(Packs.SUPPLIED_FOR) && !r.get("value").isEmpty()) members.add(r.get("code"));
        }
        assertThat(trusts).as("figures for every trust").hasSizeGreaterThan(200);
        assertThat(members).as("Hampshire and Isle of Wight's trusts").hasSizeGreaterThanOrEqualTo(5);
        try (var s = Files.list(pack)) {
            assertThat(s.filter(Files::isDirectory).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("trusts", "ics");
        }
        try (var s = Files.list(pack.resolve("trusts"))) {
            List<String> files = s.map(p -> p.getFileName().toString()).toList();
            assertThat(files).hasSize(2 * members.size());
            assertThat(files.stream().map(f -> f.substring(0, f.indexOf('-'))).distinct()).containsExactlyInAnyOrderElementsOf(members);
        }
        try (var s = Files.list(pack.resolve("ics"))) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(f -> f.startsWith(Packs.SUPPLIED_FOR + "-")).hasSize(2);
        }
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(pack.resolve("manifest.json").toFile());
        assertThat(manifest.get("documents_for").toString()).isEqualTo("[\"" + Packs.SUPPLIED_FOR + "\"]");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Packs.pack(Packs.LATEST).resolve("manifest.json").toFile())
                .has("documents_for")).as("a whole pack's manifest").isFalse();
    }

    @Test
    void documentsForAnUnknownCodeOrForSomeOrganisationsWithTheSiteAreUsageErrors() {
        Packs.Run unknown = Packs.run("generate", "--for", "QRL,QXX,RZZ", "--out", dir.toString(), "-q");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--for: QXX, RZZ are not trust, ICB or NHS region codes");
        // England selects everyone, but does not hide a mistyped code beside it.
        Packs.Run withEngland = Packs.run("generate", "--for", "ENG,QLR", "--out", dir.toString(), "-q");
        assertThat(withEngland.exitCode()).isEqualTo(2);
        assertThat(withEngland.err()).contains("--for: QLR is not a trust, ICB or NHS region code");
        Packs.Run site = Packs.run("generate", "--for", "QRL", "--only", "tables,site", "--out", dir.toString(), "-q");
        assertThat(site.exitCode()).isEqualTo(2);
        assertThat(site.err()).contains("leave site out of --only");
        Packs.Run tables = Packs.run("generate", "--for", "QRL", "--only", "tables", "--out", dir.toString(), "-q");
        assertThat(tables.exitCode()).isEqualTo(2);
        assertThat(tables.err()).contains("add workbooks or reports to --only");
        assertThat(dir.resolve(Packs.LATEST)).doesNotExist();
    }

    @Test
    void aCodeWithoutFiguresInTheYearGetsNoDocumentAndAWarning() throws Exception {
        // North London NHS FT (G6V2S) was formed after 2023-24: that year's figures are its predecessors'.
        Packs.Run r = Packs.run("generate", "--home", Packs.oneYearHome(Packs.LATEST).toString(), "--for", "G6V2S",
                "--only", "tables,reports", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: --for G6V2S: no figures for 2023-24, so no documents").contains("trust-successors.csv");
        try (var s = Files.list(dir.resolve(Packs.LATEST))) {
            assertThat(s.filter(Files::isDirectory)).isEmpty();
        }
    }

    @Test
    void aBadYearIsAUsageError() {
        Packs.Run r = Packs.run("generate", "--year", "2023", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("2023-24");
    }

    @Test
    void aYearThatIsNotBundledNeedsItsFile() {
        Packs.Run r = Packs.run("generate", "--year", "2015-16", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("--eric FILE --year 2015-16");
    }

    @Test
    void theSameFileGivenTwiceUnderAnotherNameIsRefusedBeforeAnythingIsRead() throws Exception {
        Path file = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        Path copy = Files.copy(file, dir.resolve("renamed-copy.csv"));
        Packs.Run r = Packs.run("generate", "--eric", file.toString(), "--eric", copy.toString(), "--year", "2019-20", "--only", "tables",
                "--out", dir.resolve("o").toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("renamed-copy.csv is the same file as", "(same SHA-256)").doesNotContain("Reading");
    }

    @Test
    void aPublishedFileOfAnotherYearIsReadWhenItsHeadersAreKnown() throws Exception {
        // The 2019/20 layout read as if it were a 2018/19 file: layouts are matched by headers, not by year.
        Path file = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        Packs.Run r = Packs.run("generate", "--eric", file.toString(), "--year", "2018-19", "--only", "tables", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("2018-19/figures.csv"));
        assertThat(lines.get(1)).startsWith("2018-19,trust,").contains("SDU 2018-19");
        // --only tables: the tables and the manifest, no workbook or report folders.
        try (var s = Files.list(dir.resolve("2018-19"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("figures.csv", "figures.json", "trends.csv",
                    "trends.json", "data-quality.csv", "peers.csv", "capacity.csv", "carbon-paths.csv", "manifest.json");
        }
    }

    @Test
    void aSiteOnlyRunWritesTheSiteWithAManifestSoTheNextRunMayReplaceIt() throws Exception {
        Path file = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        for (int run = 0; run < 2; run++) {
            // On the one-year folder: the site's trend pages are tested on the latest year's own pack.
            Packs.Run r = Packs.run("generate", "--home", Packs.oneYearHome("2019-20").toString(), "--eric", file.toString(), "--year", "2019-20",
                    "--only", "site", "--out", dir.toString(), "-q");
            assertThat(r.exitCode()).as("run " + run + ": " + r.err()).isZero();
        }
        try (var s = Files.list(dir.resolve("2019-20"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("manifest.json", "site");
        }
        assertThat(dir.resolve("2019-20/site/index.html")).exists();
    }

    @Test
    void anUnknownLayoutFailsListingTheMeasuresItCouldNotFind() throws Exception {
        Path source = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        Path renamed = dir.resolve("renamed.csv");
        Files.writeString(renamed, Files.readString(source).replace("Gross internal floor area (m²)", "Floor space (m²)"));
        Packs.Run r = Packs.run("generate", "--eric", renamed.toString(), "--year", "2019-20", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("renamed.csv: unknown ERIC layout").contains("gia_m2 (\"Gross internal floor area (m²)\")")
                .contains("| Floor space (m²)");
        assertThat(dir.resolve("2019-20")).doesNotExist();
    }

    @Test
    void aRenamedMeasureColumnIsListedAsUnreadAndItsIndicatorsAreNotComputed() throws Exception {
        Path source = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        Path renamed = dir.resolve("renamed.csv");
        Files.writeString(renamed, Files.readString(source).replace("Gas consumed (kWh)", "Gas used (kWh)"));
        Packs.Run r = Packs.run("generate", "--eric", renamed.toString(), "--year", "2019-20", "--only", "tables", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<org.apache.commons.csv.CSVRecord> quality = Packs.csv(dir.resolve("2019-20/data-quality.csv"));
        assertThat(quality).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("unread_column");
            assertThat(q.get("message")).contains("\"Gas used (kWh)\"");
        });
        assertThat(quality).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("not_in_source");
            assertThat(q.get("indicator")).isEqualTo("energy-carbon-intensity");
        });
    }

    @Test
    void aFailedRunLeavesThePreviousPackUntouched() throws Exception {
        Path file = Packs.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        assertThat(Packs.run("generate", "--eric", file.toString(), "--year", "2019-20", "--only", "tables", "--out", dir.toString(), "-q").exitCode()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("2019-20/figures.csv"));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, Files.readString(file).replaceFirst("\"61,917\"", "\"61,9x7\""));
        Packs.Run r = Packs.run("generate", "--eric", broken.toString(), "--year", "2019-20", "--only", "tables", "--out", dir.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("broken.csv, row 37, column \"Gross internal floor area (m²)\"");
        assertThat(Files.readAllBytes(dir.resolve("2019-20/figures.csv"))).isEqualTo(before);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain(".2019-20.writing-");
        }
    }

    @Test
    void aRunStoppedBySigtermLeavesNoHalfWrittenFolder() throws Exception {
        Path out = Files.createTempDirectory("greenbench-sigterm-");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), "-Dgreenbench.home=" + Packs.home(),
                "uk.nhs.greenbench.cli.Main", "generate", "--home", Packs.oneYearHome("2019-20").toString(), "--year", "2019-20",
                "--out", out.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitStagingFolder(p, out);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        try (var s = Files.list(out)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".writing-"));
        }
    }

    @Test
    void whatARunKilledOutrightLeavesIsRemovedByTheNextRun() throws Exception {
        Path tmp = Files.createTempDirectory("greenbench-kill-tmp-"), out = Files.createTempDirectory("greenbench-kill-out-");
        ProcessBuilder first = new ProcessBuilder(Packs.home().resolve("greenbench").toString(), "generate",
                "--home", Packs.oneYearHome("2019-20").toString(), "--year", "2019-20", "--out", out.toString(), "-q").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        first.environment().put("TMPDIR", tmp.toString());
        Process p = first.start();
        awaitStagingFolder(p, out);
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Path leftover = tmp.resolve("greenbench-" + p.pid());
        assertThat(leftover).as("the killed run's own temporary folder, font files and all").isDirectory();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString())).as("nothing of the run outside its own folder").allMatch(n -> n.startsWith("greenbench-"));
        }
        ProcessBuilder next = new ProcessBuilder(Packs.home().resolve("greenbench").toString(), "indicators")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        next.environment().put("TMPDIR", tmp.toString());
        assertThat(next.start().waitFor()).isZero();
        assertThat(leftover).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s).as("the next run removed the leftovers and its own folder").isEmpty();
        }
    }

    /** Waits until a running 2019-20 generate has made its staging folder in {@code out}: it is writing the pack. */
    private static void awaitStagingFolder(Process p, Path out) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        boolean writing = false;
        while (!writing && p.isAlive() && System.currentTimeMillis() < deadline) {
            try (var s = Files.list(out)) {
                writing = s.anyMatch(f -> f.getFileName().toString().startsWith(".2019-20.writing-"));
            }
            if (!writing) Thread.sleep(50);
        }
        assertThat(writing).as("the run reached its staging folder").isTrue();
    }
}
