package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.pipeline.PackGenerator;
import uk.nhs.greenbench.pipeline.Project;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code greenbench generate}: computes a year's figures and writes its pack. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compute indicators, peer benchmarks and savings for every trust, ICS, region and England, "
                + "and write them to OUT/<year>/ (figures.csv, figures.json, data-quality.csv, manifest.json).")
public final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY-YY",
            description = "ERIC financial year, e.g. 2023-24 (default: the latest bundled year with site data).")
    String year;

    @Option(names = "--years", paramLabel = "all",
            description = "all: compute every bundled year in one run and write a pack for each, each with the trends up to its year.")
    String years;

    @Option(names = "--eric", paramLabel = "FILE",
            description = "A published ERIC file to read instead of the bundled data (repeatable; needs --year).")
    List<Path> eric;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    HomeOption home;

    @CommandLine.Mixin
    ProgressOption progress;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (year != null && !year.matches("\\d{4}-\\d{2}")) {
            err.println("greenbench: --year must look like 2023-24, not \"" + year + "\"");
            return ExitCodes.USAGE;
        }
        if (eric != null && !eric.isEmpty() && year == null) {
            err.println("greenbench: --eric needs --year (the financial year the file covers, e.g. --year 2015-16)");
            return ExitCodes.USAGE;
        }
        if (years != null && (!years.equals("all") || year != null || (eric != null && !eric.isEmpty()))) {
            err.println("greenbench: --years takes only \"all\" (every bundled year), without --year or --eric");
            return ExitCodes.USAGE;
        }
        Project project = home.loadProject();
        PackGenerator generator = new PackGenerator(project, progress.to(err));
        if (years != null) {
            for (PackGenerator.YearFigures computed : generator.computeEveryBundledYear()) report(generator, computed);
            return ExitCodes.OK;
        }
        String y = year != null ? year : generator.defaultYear();
        List<Path> files = eric != null && !eric.isEmpty() ? eric : generator.bundledFiles(y);
        report(generator, generator.computeWithOtherYears(y, files));
        return ExitCodes.OK;
    }

    private void report(PackGenerator generator, PackGenerator.YearFigures computed) {
        Figures figures = computed.figures();
        Path written = generator.write(computed, out, VersionProvider.version());
        long trusts = figures.rowsAt("trust").stream().map(r -> r.org().code()).distinct().count();
        spec.commandLine().getOut().println("Wrote " + written + " (" + trusts + " trusts, " + figures.rows().size()
                + " figure rows, " + figures.trends().size() + " trend rows, " + figures.issues().size()
                + " data-quality findings; factors " + figures.factors().label() + ")");
    }
}
