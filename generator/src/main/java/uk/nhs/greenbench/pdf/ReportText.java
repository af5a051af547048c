package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.MethodNotes;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.util.List;

/** The appendix texts, generated from the indicator definitions, the factor set and the method constants. */
final class ReportText {
    private ReportText() {
    }

    static String methodology(List<IndicatorDefinition> indicators, FactorSet factors, uk.nhs.greenbench.figures.Figures.Peers peers, uk.nhs.greenbench.indicator.PlausibilityChecks checks, List<String> factorNotes) {
        StringBuilder sb = new StringBuilder();
        for (String[] m : MethodNotes.general(factors, peers, checks)) sb.append(m[0]).append(". ").append(m[1]).append("\n\n");
        for (String n : factorNotes) sb.append(n).append("\n\n");
        for (String n : factors.notes()) sb.append(n).append("\n\n");
        sb.append("Indicators\n\n");
        for (IndicatorDefinition d : indicators) {
            sb.append(d.title()).append(" (").append(d.unit()).append(", ")
                    .append(d.polarity().id().equals("low_is_good") ? "lower is better" : "higher is better").append(", ")
                    .append(d.yearsDescription()).append(d.isHeadline() ? ", headline" : "").append("). ")
                    .append(d.description()).append(" Target: ").append(d.target()).append(" Saving: ")
                    .append(MethodNotes.pricing(d));
            for (String c : d.caveats()) sb.append(" ").append(c);
            sb.append("\n\n");
        }
        // Only the factors these indicators use: an appendix that lists anaesthetic gases beside no anaesthetic figure misleads.
        java.util.Set<String> used = new java.util.HashSet<>();
        for (IndicatorDefinition d : indicators) {
            for (var e : uk.nhs.greenbench.indicator.IndicatorLibrary.expressions(d)) e.terms().forEach(t -> used.add(t.factor()));
        }
        sb.append("Carbon factors (").append(factors.label()).append(")\n\n");
        for (Factor f : factors.factors().values()) {
            if (!used.contains(f.id())) continue;
            sb.append(f.title() == null ? f.id() : f.title()).append(": ")
                    .append(uk.nhs.greenbench.figures.Numbers.factor(f.value())).append(' ').append(f.unit())
                    .append(" (").append(f.setYear()).append("; ").append(f.source()).append(")")
                    .append(f.isFallback() ? "; " + f.fallback() : "").append(".\n");
        }
        return sb.toString().strip();
    }

    /** The glossary: the report's data-quality appendix puts each flag in words, so its codes are left to the workbook. */
    static String glossary() {
        return "Typical benchmark: the median of the trust's peers. Stretch benchmark: the best quarter of its peers. "
                + "Peers: trusts of the same ERIC trust type. Headline indicators: the indicators whose savings are added up, "
                + "chosen so that nothing is counted twice. tCO2e: tonnes of carbon dioxide equivalent. "
                + "ERIC: the Estates Returns Information Collection, published by NHS England. Quality flag codes (as in "
                + "figures.csv and data-quality.csv) are explained on the Methodology sheet of every workbook.";
    }
}
