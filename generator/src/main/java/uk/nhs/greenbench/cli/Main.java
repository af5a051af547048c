package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.pack.PackWriter;

/** The {@code greenbench} command. */
@Command(name = "greenbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sustainability opportunity figures for NHS trusts, ICSs and regions from published ERIC data.",
        subcommands = {GenerateCommand.class, IndicatorsCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug; please report it)", "2:bad command line",
                "3:bad input file or definition (the message names file, row and column)",
                "4:the pack could not be written (any previous pack is unchanged)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Reproducible.useLocaleServicesOfOurOwn();
        OwnTempFolder.use();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to {@code execute()}. */
    public static CommandLine commandLine() {
        Reproducible.settle();
        CommandLine cl = new CommandLine(new Main());
        // The bundled years in `generate --help` are read only when help is drawn, never on the way to a pack.
        cl.setHelpFactory((spec, scheme) -> {
            System.setProperty("greenbench.bundledYears", bundledYears());
            return new CommandLine.Help(spec, scheme);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException) {
                commandLine.getErr().println("greenbench: " + ex.getMessage());
                return ExitCodes.INPUT;
            }
            if (ex instanceof PackWriter.OutputException) {
                commandLine.getErr().println("greenbench: " + ex.getMessage());
                return ExitCodes.OUTPUT;
            }
            commandLine.getErr().println("greenbench: internal error - please report this with the trace below");
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** The bundled years for the help text ("2016-17, 2019-20, 2023-24 with site data; 2024-25 trust level only"). */
    static String bundledYears() {
        try {
            var bundled = uk.nhs.greenbench.pipeline.BundledData.load(uk.nhs.greenbench.pipeline.Project.locateHome(null).resolve("data/bundled.json"));
            java.util.List<String> site = new java.util.ArrayList<>(), trust = new java.util.ArrayList<>();
            for (var y : bundled.years()) (y.hasSiteData() ? site : trust).add(y.year());
            return String.join(", ", site) + " with site data" + (trust.isEmpty() ? "" : "; " + String.join(", ", trust) + " trust level only");
        } catch (RuntimeException e) {
            // Help must print even where no greenbench folder is found: the years are then in data/bundled.json.
            return "see data/bundled.json";
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
