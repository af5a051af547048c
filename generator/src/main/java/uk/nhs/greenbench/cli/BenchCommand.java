package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.greenbench.bench.Benchmark;
import uk.nhs.greenbench.pipeline.YearReader;
import uk.nhs.greenbench.pipeline.RunInputs;
import uk.nhs.greenbench.pipeline.Project;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code greenbench bench}: times the national pack stage by stage, against the targets. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Benchmark: generate the national pack from the bundled data, timing each stage (wall, CPU, "
                + "documents per second, peak heap and RSS); compare with LibreOffice converting the workbooks to PDF; "
                + "optionally run a synthetic national set N times the size. Writes bench.txt and bench.csv to OUT.")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY-YY", description = "Bundled year (default: the latest with site data).")
    String year;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Also run a synthetic set N times the national one (default: ${DEFAULT-VALUE}, none).")
    int scale;

    @Option(names = "--libreoffice", paramLabel = "N", defaultValue = "10",
            description = "Workbooks LibreOffice converts to PDF for the comparison; 0 to skip (default: ${DEFAULT-VALUE}).")
    int libreOffice;

    @Option(names = "--years-all", description = "Also time generate --years all (every bundled year's pack) against one year's.")
    boolean yearsAll;

    @Option(names = "--threads", paramLabel = "N", description = "Documents written at once (default: one per core).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output/bench", description = "Where the packs and results go (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    HomeOption home;

    @CommandLine.Mixin
    ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (scale < 1 || scale > 100) {
            err.println("greenbench: --scale must be between 1 and 100, not " + scale);
            return ExitCodes.USAGE;
        }
        Project project = home.loadProject();
        String y = year != null ? year : new YearReader(project, RunInputs.DEFAULT, m -> { }).defaultYear();
        int t = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Benchmark bench = new Benchmark(project, new Benchmark.Options(y, scale, out, libreOffice, t, VersionProvider.version(), yearsAll), progress.to(err));
        spec.commandLine().getOut().print(bench.run());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
