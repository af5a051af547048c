package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.pipeline.Project;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code greenbench indicators}: lists the indicator definitions. */
@Command(name = "indicators", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the indicators defined in indicators/*.json.")
public final class IndicatorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HomeOption home;

    @Option(names = {"-v", "--verbose"}, description = "Also show the description, formula, target and pricing.")
    boolean verbose;

    @Override
    public Integer call() {
        Project project = home.loadProject();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-30s %-8s %-12s %-13s %-16s %s%n", "ID", "THEME", "UNIT", "POLARITY", "YEARS", "TITLE");
        for (IndicatorDefinition d : project.indicators().all()) {
            out.printf("%-30s %-8s %-12s %-13s %-16s %s%n", d.id(), d.theme(), d.unit(), d.polarity().id(),
                    d.yearsDescription(), d.title());
            if (verbose) {
                out.println("    " + d.description());
                out.println("    numerator:   " + d.numerator().describe());
                out.println("    denominator: " + d.denominator().describe() + (d.scaleOrOne() != 1 ? "  (× " + d.scaleOrOne() + ")" : ""));
                out.println("    target:      " + d.target());
                out.println("    saving:      " + d.saving().method() + (d.saving().reason() != null ? " - " + d.saving().reason() : ""));
            }
        }
        return ExitCodes.OK;
    }
}
