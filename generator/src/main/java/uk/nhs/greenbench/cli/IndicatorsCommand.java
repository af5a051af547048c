package uk.nhs.greenbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.pipeline.Project;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

    /** Verbose lines are wrapped here, under their label, so they read in an 80–120 column terminal. */
    private static final int WIDTH = 110;

    @Override
    public Integer call() {
        Project project = home.loadProject();
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> table = new ArrayList<>();
        table.add(new String[]{"ID", "THEME", "UNIT", "POLARITY", "YEARS", "TITLE"});
        for (IndicatorDefinition d : project.indicators().all()) {
            table.add(new String[]{d.id(), d.theme(), d.unit(), d.polarity().id(), d.yearsDescription(), d.title()});
        }
        // Each column as wide as its longest entry, so no id or unit pushes the rest out of line.
        int[] widths = new int[table.get(0).length];
        for (String[] row : table) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        int i = 0;
        for (String[] row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]);
                if (c < row.length - 1) line.append(" ".repeat(widths[c] - row[c].length() + 2));
            }
            out.println(line);
            if (verbose && i > 0) details(out, project.indicators().all().get(i - 1));
            i++;
        }
        return ExitCodes.OK;
    }

    private static void details(PrintWriter out, IndicatorDefinition d) {
        wrap(out, "", d.description());
        wrap(out, "numerator:   ", d.numeratorText());
        wrap(out, "denominator: ", d.denominator().describe() + (d.scaleOrOne() != 1 ? "  (× " + d.scaleOrOne() + ")" : ""));
        wrap(out, "target:      ", (d.targetValue() != null ? "value " + uk.nhs.greenbench.figures.MethodNotes.number(d.targetValue()) + " " + d.unit() + ". " : "") + d.target());
        wrap(out, "saving:      ", d.saving().method() + (d.saving().reason() != null ? " - " + d.saving().reason() : ""));
        out.println();
    }

    /** Prints {@code text} after an indent and {@code label}, wrapped at word breaks with the next lines under its start. */
    static void wrap(PrintWriter out, String label, String text) {
        String indent = "    " + " ".repeat(label.length());
        StringBuilder line = new StringBuilder("    ").append(label);
        int start = line.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            } else if (line.length() > indent.length() && line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
