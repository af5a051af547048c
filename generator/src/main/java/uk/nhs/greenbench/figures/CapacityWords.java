package uk.nhs.greenbench.figures;

import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The capacity and demand view in sentences, as the report page and the web page both say it. */
public final class CapacityWords {
    private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

    private CapacityWords() {
    }

    /** What the sites can do: how many, how much floor area, the shortfall, and what electrifying every site adds. */
    public static String headroom(String name, CapacitySummary s, List<SiteCapacity> sites) {
        StringBuilder b = new StringBuilder();
        CapacitySummary.VerdictCount within = s.of(Verdict.WITHIN), upgrade = s.of(Verdict.UPGRADE), unknown = s.of(Verdict.NOT_KNOWN),
                none = s.of(Verdict.NO_FOSSIL_HEAT);
        if (within.sites() + upgrade.sites() == 0) {
            b.append("Of ").append(name).append("'s ").append(count(s.sites(), "site")).append(" in ERIC, none both burns fuel for heat and "
                    + "reported its maximum demand and available capacity, so none can be assessed. ");
        } else {
        b.append("Of ").append(name).append("'s ").append(count(s.sites(), "site")).append(" in ERIC, ")
                .append(count(within.sites(), "site")).append(" (").append(m2(within.floorAreaM2())).append(") can electrify their heat within today's "
                        + "electrical capacity and ")
                .append(count(upgrade.sites(), "site")).append(" (").append(m2(upgrade.floorAreaM2())).append(") need more capacity");
        if (upgrade.sites() > 0) {
            b.append(": about ").append(kw(s.shortfallKw())).append(" in all");
            SiteCapacity largest = sites == null ? null : sites.stream().filter(x -> x.shortfallKw() != null)
                    .max(Comparator.comparingDouble(SiteCapacity::shortfallKw)).orElse(null);
            if (largest != null && upgrade.sites() > 1) {
                b.append(", the most at ").append(OrgNames.display(largest.siteName())).append(" (").append(kw(largest.shortfallKw())).append(")");
            }
        }
        b.append(". ");
        }
        if (unknown.sites() > 0) {
            b.append(capitalise(count(unknown.sites(), "site"))).append(" (").append(m2(unknown.floorAreaM2()))
                    .append(") burn gas or oil but did not report their maximum demand or available capacity: they are listed, not guessed. ");
        }
        if (none.sites() > 0) b.append(capitalise(count(none.sites(), "site"))).append(" burn no gas, oil or coal. ");
        if (s.fossilKwh() > 0) {
            b.append("Electrifying every site's heat (").append(gwh(s.fossilKwh())).append(" of fuel a year) would add about ")
                    .append(kw(s.addedLoadKw())).append(" at peak and ").append(gwh(s.addedAnnualKwh())).append(" of electricity a year; at this year's "
                            + "grid factor its carbon would change by ").append(signedT(s.carbonChangeT())).append(" a year");
            Double gbp = s.costChangeGbp();
            if (gbp != null) {
                b.append(" and its energy bill by ").append(gbp >= 0 ? "+" : "−").append(Formats.gbpShort(Math.abs(gbp)))
                        .append(s.org().level() == Level.TRUST ? " at the trust's own prices" : " at each trust's own prices");
            }
            b.append('.');
        }
        return b.toString().trim();
    }

    /** The four scenarios in 2030 and 2040 against the Net Zero path, in figures. */
    public static String paths(CarbonPath p) {
        StringBuilder b = new StringBuilder();
        CarbonPath.Point start = p.in(p.fromYear());
        b.append("From ").append(Formats.tco2eWithUnit(p.estatesT())).append(" in ").append(p.fromYear()).append(", ");
        for (int year : new int[]{NetZeroCheck.EIGHTY_PERCENT_YEAR, NetZeroCheck.NET_ZERO_YEAR}) {
            CarbonPath.Point pt = p.in(year);
            if (pt == null || start == null) continue;
            b.append(year == NetZeroCheck.EIGHTY_PERCENT_YEAR ? "in 2030 " : "; in 2040 ");
            b.append("the estates carbon would be ").append(Formats.tco2eWithUnit(pt.gridOnlyT())).append(" as the grid decarbonises");
            if (Math.abs(pt.withGrowthT() - pt.gridOnlyT()) > 0.05) b.append(", ").append(Formats.tco2eWithUnit(pt.withGrowthT())).append(" with demand growth");
            b.append(", ").append(Formats.tco2eWithUnit(pt.electrifiedT())).append(" with heat electrified");
            if (Math.abs(pt.withSavingsT() - pt.electrifiedT()) > 0.05) b.append(" and ").append(Formats.tco2eWithUnit(pt.withSavingsT())).append(" with the typical savings");
            if (pt.netZeroT() != null) {
                double gap = pt.withSavingsT() - pt.netZeroT();
                b.append(gap > 0.05 ? ", " + Formats.tco2eWithUnit(gap) + " above" : gap < -0.05 ? ", " + Formats.tco2eWithUnit(-gap) + " below" : ", on")
                        .append(" the Net Zero path (").append(Formats.tco2eWithUnit(pt.netZeroT())).append(")");
            }
        }
        b.append(". ");
        if (p.growthPct() != 0) b.append("Demand grows ").append(new DecimalFormat("0.##", UK).format(p.growthPct())).append("% a year. ");
        return b.toString().trim();
    }

    /** The method with every assumption's value, in one paragraph. */
    public static String method(CapacityAssumptions a, double seasonalCop) {
        DecimalFormat f = new DecimalFormat("#,##0.##", UK);
        return "Headroom = available capacity (kVA) × a power factor of " + f.format(a.value(CapacityAssumptions.POWER_FACTOR))
                + " − maximum demand (kW). Heat to electrify = gas, oil and coal × " + f.format(a.value(CapacityAssumptions.BOILER_EFFICIENCY))
                + " (boiler efficiency); added peak load = heat ÷ " + f.format(Math.round(a.fullLoadHours())) + " full-load hours (24 × "
                + f.format(a.value(CapacityAssumptions.DEGREE_DAYS)) + " degree days ÷ (" + f.format(a.value(CapacityAssumptions.BASE_TEMPERATURE))
                + " − " + f.format(a.value(CapacityAssumptions.DESIGN_TEMPERATURE)) + " °C)) ÷ a heat-pump COP of "
                + f.format(a.value(CapacityAssumptions.DESIGN_COP)) + " at design conditions; added electricity = heat ÷ a seasonal COP of "
                + f.format(seasonalCop) + " (heat_pump_scop, as the fossil-heating saving). Paths: the grid factor follows the " + Character.toLowerCase(a.grid().title().charAt(0)) + a.grid().title().substring(1)
                + " (" + points(a) + ", the Clean Power 2030 aim); sites with headroom electrify in equal steps to "
                + f.format(a.value(CapacityAssumptions.ELECTRIFY_BY)).replace(",", "") + ", the rest from "
                + f.format(a.value(CapacityAssumptions.UPGRADE_YEAR)).replace(",", "") + "; the typical savings of energy use, water and waste are "
                + "delivered by " + f.format(a.value(CapacityAssumptions.SAVINGS_BY)).replace(",", "") + " and scale what electrifying leaves, so no "
                + "tonne is counted twice. Every value and its source: factors/capacity.json and the workbook's Assumptions sheet, where they can be changed.";
    }

    private static String points(CapacityAssumptions a) {
        StringBuilder b = new StringBuilder();
        for (CapacityAssumptions.Grid.Point p : a.grid().points()) {
            if (b.length() > 0) b.append(" to ");
            b.append(new DecimalFormat("#,##0", UK).format(p.value())).append(" g in ").append(p.year());
        }
        return b.toString();
    }

    static String count(int n, String noun) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    static String m2(double v) {
        return new DecimalFormat("#,##0", UK).format(v) + " m²";
    }

    /** kW, or MW from 10,000 kW. */
    public static String kw(double v) {
        String sign = Math.round(v / 10.0) < 0 ? "\u2212" : "";
        double a = Math.abs(v);
        if (a >= 10_000) return sign + new DecimalFormat("#,##0.0", UK).format(a / 1000) + " MW";
        return sign + new DecimalFormat("#,##0", UK).format(Math.round(a / 10.0) * 10) + " kW";
    }

    public static String gwh(double kwh) {
        if (Math.abs(kwh) >= 1e6) return new DecimalFormat("#,##0.0", UK).format(kwh / 1e6) + " GWh";
        return new DecimalFormat("#,##0", UK).format(kwh / 1000) + " MWh";
    }

    static String signedT(double t) {
        return (t > 0 ? "+" : t < 0 ? "−" : "") + Formats.tco2eWithUnit(Math.abs(t));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
