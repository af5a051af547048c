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
        OwnTempFolder.use();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests to {@code execute()}. */
    public static CommandLine commandLine() {
        Reproducible.settle();
        CommandLine cl = new CommandLine(new Main());
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
