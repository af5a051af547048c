package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgNames;
import uk.nhs.greenbench.model.Capacity;
import uk.nhs.greenbench.model.CapacityAssumptions;
import uk.nhs.greenbench.model.CapacitySummary;
import uk.nhs.greenbench.model.CarbonPath;
import uk.nhs.greenbench.model.FuelPrices;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.SiteCapacity;
import uk.nhs.greenbench.model.SiteCapacity.Verdict;
import uk.nhs.greenbench.xlsx.Ref;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The Capacity and demand sheet: for a trust, its sites' electrification headroom as live formulas over the capacity
 * inputs on the Assumptions sheet (change the COP and the verdicts move); for an area, its member trusts; for both, the
 * estates carbon paths to 2040 under the four scenarios, with the Net Zero path, as formulas and a chart.
 */
final class CapacitySheet {
    static final String NAME = "Capacity and demand";
    private static final String PRICE_ELECTRICITY = "cap_price_electricity", PRICE_GAS = "cap_price_gas",
            PRICE_OIL = "cap_price_oil", PRICE_COAL = "cap_price_coal";
    // Site table columns.
    private static final int CODE = 0, SITE = 1, TYPE = 2, AREA = 3, DEMAND = 4, CAP = 5, HEADROOM = 6, GAS = 7, OIL = 8,
            COAL = 9, FOSSIL = 10, HEAT = 11, LOAD = 12, RATIO = 13, VERDICT = 14, SHORTFALL = 15, ANNUAL = 16, CARBON = 17,
            COST = 18, CHP = 19, PUMPS = 20, SOURCE = 21;

    private CapacitySheet() {
    }

    /**
     * Writes the sheet for a trust or an area; returns whether it was written.
     *
     * @param savingsSpan the first and last rows of the workbook's Savings sheet when they are this trust's own rows, so
     *                    scenario (d)'s savings follow them; null for an area, whose savings are its members' as computed
     */
    static boolean write(Workbook wb, Styles s, OrgRef org, FiguresIndex index, int[] savingsSpan) {
        Capacity capacity = index.figures().capacity();
        if (capacity == Capacity.NONE) return false;
        Sheet sheet = wb.sheet(NAME);
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(12, 40, 22, 12, 12, 12, 12, 14, 12, 10, 14, 14, 12, 10, 46, 12, 14, 12, 12, 8, 8, 22);
        w.text(0, 0, "Capacity and demand: can " + OrgNames.display(org.name()) + " electrify its heat, and what path follows to 2040?", s.title);
        if (!capacity.computed()) {
            w.text(1, 0, capacity.notComputed() + " Generate the 2023-24 pack for it.", s.noteLine);
            return true;
        }
        String inputs = org.level() == Level.TRUST
                ? "Every input is yellow: the prices below, the rest on the Assumptions sheet. Change one and this sheet recomputes, "
                + "scenario (d)'s typical savings with the Savings sheet."
                : "The member trusts' figures are each trust's own at the pack's assumptions: change them in a trust's workbook. The "
                + "path below recomputes from the yellow inputs on the Assumptions sheet (demand growth, the years, the grid); its "
                + "share within capacity and typical savings are the members' as computed.";
        w.text(1, 0, "Headroom = available capacity × power factor − maximum demand. Added peak load = fossil fuel × boiler efficiency "
                + "÷ full-load heating hours ÷ heat-pump COP at design conditions. " + inputs, s.subtitle);
        CapacitySummary summary = capacity.summaryOf(org);
        Placed placed;
        if (summary == null) {
            w.text(3, 0, "No site of " + OrgNames.display(org.name()) + " was read from ERIC " + index.figures().year() + ".", s.noteLine);
            placed = new Placed(5, null);
        } else if (org.level() == Level.TRUST) {
            placed = trustSites(wb, w, 3, org, capacity, summary, index.figures().factors());
        } else {
            placed = new Placed(members(w, 3, org, capacity, summary, index), null);
        }
        int r = placed.nextRow();
        CarbonPath path = capacity.pathOf(org);
        if (path == null) {
            w.text(r, 0, "No carbon path: the estates carbon could not be computed for " + OrgNames.display(org.name()) + ".", s.noteLine);
        } else {
            paths(w, sheet, r, path, capacity.assumptions(), index.figures().factors(), placed.withinCell(), savingsSpan);
        }
        sheet.print(true);
        return true;
    }

    /** Where a block ended, and the cell holding the live share of fossil fuel at sites within capacity (trusts), or null. */
    private record Placed(int nextRow, String withinCell) {
    }

    private static Placed trustSites(Workbook wb, SheetWriter w, int r, OrgRef org, Capacity capacity, CapacitySummary summary,
                                  FactorSet factors) {
        Styles s = w.styles();
        FuelPrices prices = capacity.pricesOf(org.code());
        w.text(r++, 0, "The trust's own prices (£/kWh: cost ÷ quantity over its sites that reported both), for the £ change", s.label);
        w.headers(r, 0, "Electricity", "Gas", "Oil", "Coal");
        r++;
        price(wb, w, r, 0, PRICE_ELECTRICITY, prices.electricityGbpPerKwh());
        price(wb, w, r, 1, PRICE_GAS, prices.gasGbpPerKwh());
        price(wb, w, r, 2, PRICE_OIL, prices.oilGbpPerKwh());
        price(wb, w, r, 3, PRICE_COAL, prices.coalGbpPerKwh());
        if (!prices.implausible().isEmpty()) {
            // Kept: times the quantity, the trust's price is its booked cost, which electrifying stops paying.
            w.text(r + 1, 0, "Far from the median of all trusts' prices (a small quantity, or a cost booked elsewhere: the savings use "
                    + "the peer median instead), so the £ for that fuel is the trust's booked cost; change the price to try another: "
                    + String.join("; ", prices.implausible()) + ".", s.noteLine);
        }
        r += 2;
        List<SiteCapacity> sites = capacity.sitesOf(org.code());
        int summaryTop = r;
        r += 9;
        w.text(r++, 0, "Sites, largest floor area first", s.label);
        w.headers(r++, 0, "Site code", "Site", "Type", "Floor area m²", "Maximum demand kW", "Available capacity kVA", "Headroom kW",
                "Gas kWh", "Oil kWh", "Coal kWh", "Fossil fuel kWh", "Heat to electrify kWh", "Added peak load kW", "Load ÷ headroom",
                "Verdict", "Shortfall kW", "Added electricity kWh a year", "Carbon change tCO2e a year", "£ change a year",
                "CHP units", "Heat pumps", "Source row");
        int first = r;
        boolean coal = factors.get("coal_industrial").isPresent();
        for (SiteCapacity site : sites) {
            site(w, r, site, coal);
            r++;
        }
        int last = r - 1;
        w.sheet().freeze(2, first);
        w.sheet().autoFilter(first - 1, 0, Math.max(first, last), SOURCE);
        verdictSummary(w, summaryTop, summary, first, last);
        String withinCell = null;
        if (!sites.isEmpty()) {
            withinCell = Ref.absolute(summaryTop + 7, 3);
            w.text(summaryTop + 7, 0, "Share of fossil fuel at sites within capacity", s.text);
            w.formula(summaryTop + 7, 3, "IF(SUM(" + col(FOSSIL, first, last) + ")>0,SUMIF(" + col(VERDICT, first, last) + ",\""
                    + Verdict.WITHIN.words() + "\"," + col(FOSSIL, first, last) + ")/SUM(" + col(FOSSIL, first, last) + "),0)", summary.withinShare(), s.percent);
        }
        return new Placed(r + 2, withinCell);
    }

    private static void price(Workbook wb, SheetWriter w, int r, int c, String name, Double value) {
        if (value == null) w.blank(r, c, w.styles().inputGbp);
        else w.number(r, c, value, w.styles().inputGbp);
        wb.define(name, NAME, r, c);
    }

    private static void site(SheetWriter w, int r, SiteCapacity site, boolean coal) {
        Styles s = w.styles();
        w.text(r, CODE, site.siteCode(), s.text);
        w.text(r, SITE, site.siteName(), s.text);
        w.text(r, TYPE, site.siteType(), s.text);
        if (site.floorAreaM2() != null) w.number(r, AREA, site.floorAreaM2(), s.integer);
        if (site.maxDemandKw() != null) w.number(r, DEMAND, site.maxDemandKw(), s.integer);
        if (site.capacityKva() != null) w.number(r, CAP, site.capacityKva(), s.integer);
        String d = Ref.cell(r, DEMAND), cap = Ref.cell(r, CAP), head = Ref.cell(r, HEADROOM), fossil = Ref.cell(r, FOSSIL),
                heat = Ref.cell(r, HEAT), load = Ref.cell(r, LOAD), verdict = Ref.cell(r, VERDICT), annual = Ref.cell(r, ANNUAL);
        String headroomF = "IF(AND(ISNUMBER(" + d + "),ISNUMBER(" + cap + "))," + cap + "*" + CapacityAssumptionsBlock.name(CapacityAssumptions.POWER_FACTOR)
                + "-" + d + ",\"\")";
        if (site.headroomKw() != null) w.formula(r, HEADROOM, headroomF, site.headroomKw(), s.integer);
        else w.textFormula(r, HEADROOM, headroomF, "", s.integer);
        w.number(r, GAS, site.gasKwh(), s.integer);
        w.number(r, OIL, site.oilKwh(), s.integer);
        w.number(r, COAL, site.coalKwh(), s.integer);
        w.formula(r, FOSSIL, Ref.cell(r, GAS) + "+" + Ref.cell(r, OIL) + "+" + Ref.cell(r, COAL), site.fossilKwh(), s.integer);
        w.formula(r, HEAT, fossil + "*" + CapacityAssumptionsBlock.name(CapacityAssumptions.BOILER_EFFICIENCY), site.heatKwh(), s.integer);
        w.formula(r, LOAD, heat + "/" + CapacityAssumptionsBlock.FULL_LOAD_HOURS + "/" + CapacityAssumptionsBlock.name(CapacityAssumptions.DESIGN_COP),
                site.addedLoadKw(), s.integer);
        String ratioF = "IF(AND(ISNUMBER(" + head + ")," + head + ">0)," + load + "/" + head + ",\"\")";
        if (site.ratio() != null) w.formula(r, RATIO, ratioF, site.ratio(), s.number("0.00"));
        else w.textFormula(r, RATIO, ratioF, "", s.number("0.00"));
        w.textFormula(r, VERDICT, "IF(" + fossil + "<=0,\"" + Verdict.NO_FOSSIL_HEAT.words() + "\",IF(NOT(ISNUMBER(" + head + ")),\""
                + Verdict.NOT_KNOWN.words() + "\",IF(" + load + "<=" + head + ",\"" + Verdict.WITHIN.words() + "\",\""
                + Verdict.UPGRADE.words() + "\")))", site.verdict().words(), s.text);
        String shortfallF = "IF(" + verdict + "=\"" + Verdict.UPGRADE.words() + "\"," + load + "-" + head + ",\"\")";
        if (site.shortfallKw() != null) w.formula(r, SHORTFALL, shortfallF, site.shortfallKw(), s.integer);
        else w.textFormula(r, SHORTFALL, shortfallF, "", s.integer);
        w.formula(r, ANNUAL, heat + "/f_" + CapacityAssumptions.SEASONAL_COP_FACTOR, site.addedAnnualKwh(), s.integer);
        String out = Ref.cell(r, GAS) + "*f_natural_gas+" + Ref.cell(r, OIL) + "*f_fuel_oil" + (coal ? "+" + Ref.cell(r, COAL) + "*f_coal_industrial" : "");
        w.formula(r, CARBON, "(" + annual + "*f_electricity_grid-(" + out + "))/1000", site.carbonChangeT(), s.tco2e);
        if (site.costInGbp() != null && site.costOutGbp() != null) {
            List<String> terms = new ArrayList<>();
            if (site.gasKwh() > 0) terms.add(Ref.cell(r, GAS) + "*" + PRICE_GAS);
            if (site.oilKwh() > 0) terms.add(Ref.cell(r, OIL) + "*" + PRICE_OIL);
            if (site.coalKwh() > 0) terms.add(Ref.cell(r, COAL) + "*" + PRICE_COAL);
            String costOut = terms.isEmpty() ? "0" : String.join("+", terms);
            String costIn = site.addedAnnualKwh() > 0 ? annual + "*" + PRICE_ELECTRICITY : "0";
            w.formula(r, COST, costIn + "-(" + costOut + ")", site.costChangeGbp(), s.gbp);
        } else {
            w.text(r, COST, SheetWriter.NOT_AVAILABLE, s.missing);
        }
        w.number(r, CHP, (double) site.chpUnits(), s.integer);
        w.number(r, PUMPS, (double) site.heatPumps(), s.integer);
        w.text(r, SOURCE, site.sourceRow(), s.noteLine);
    }

    /** Sites and floor area by verdict, and the totals, as COUNTIF/SUMIF/SUM over the site table. */
    private static void verdictSummary(SheetWriter w, int r, CapacitySummary summary, int first, int last) {
        Styles s = w.styles();
        w.headers(r, 0, "Verdict", "", "Sites", "Floor area m²", "Fossil fuel kWh");
        String verdicts = col(VERDICT, first, last);
        int i = 1;
        for (Verdict v : Verdict.values()) {
            CapacitySummary.VerdictCount c = summary.of(v);
            w.text(r + i, 0, v.words(), s.text);
            w.formula(r + i, 2, "COUNTIF(" + verdicts + ",\"" + v.words() + "\")", (double) c.sites(), s.integer);
            w.formula(r + i, 3, "SUMIF(" + verdicts + ",\"" + v.words() + "\"," + col(AREA, first, last) + ")", c.floorAreaM2(), s.integer);
            w.formula(r + i, 4, "SUMIF(" + verdicts + ",\"" + v.words() + "\"," + col(FOSSIL, first, last) + ")", c.fossilKwh(), s.integer);
            i++;
        }
        w.text(r + 5, 0, "Capacity short at the sites that need more, kW", s.label);
        w.formula(r + 5, 3, "SUM(" + col(SHORTFALL, first, last) + ")", summary.shortfallKw(), s.integer);
        w.text(r + 6, 0, "Carbon change of electrifying every site, tCO2e a year (negative saves)", s.label);
        w.formula(r + 6, 3, "SUM(" + col(CARBON, first, last) + ")", summary.carbonChangeT(), s.tco2e);
        if (summary.costChangeGbp() != null) {
            w.text(r + 6, 5, "£ change a year (at the trust's prices)", s.label);
            w.formula(r + 6, 8, "SUM(" + col(COST, first, last) + ")", summary.costChangeGbp(), s.gbp);
        }
    }

    private static int members(SheetWriter w, int r, OrgRef area, Capacity capacity, CapacitySummary summary, FiguresIndex index) {
        Styles s = w.styles();
        w.text(r++, 0, "Member trusts (each trust's workbook has its sites, live)", s.label);
        w.headers(r++, 0, "Trust code", "Trust", "Sites", "Within capacity", "Need more capacity", "Not reported", "No fossil heat",
                "Floor area needing more m²", "Added peak load kW", "Shortfall kW", "Carbon change tCO2e a year", "£ change a year");
        int first = r;
        for (OrgRef t : index.memberTrusts(area)) {
            CapacitySummary m = capacity.summaryOf(t);
            if (m == null) continue;
            w.text(r, 0, t.code(), s.text);
            w.text(r, 1, OrgNames.display(t.name()), s.text);
            w.number(r, 2, (double) m.sites(), s.integer);
            w.number(r, 3, (double) m.of(Verdict.WITHIN).sites(), s.integer);
            w.number(r, 4, (double) m.of(Verdict.UPGRADE).sites(), s.integer);
            w.number(r, 5, (double) m.of(Verdict.NOT_KNOWN).sites(), s.integer);
            w.number(r, 6, (double) m.of(Verdict.NO_FOSSIL_HEAT).sites(), s.integer);
            w.number(r, 7, m.of(Verdict.UPGRADE).floorAreaM2(), s.integer);
            w.number(r, 8, m.addedLoadKw(), s.integer);
            w.number(r, 9, m.shortfallKw(), s.integer);
            w.number(r, 10, m.carbonChangeT(), s.tco2e);
            w.number(r, 11, m.costChangeGbp(), s.gbp);
            r++;
        }
        int last = r - 1;
        w.text(r, 1, "Total", s.label);
        double[] totals = {summary.sites(), summary.of(Verdict.WITHIN).sites(), summary.of(Verdict.UPGRADE).sites(),
                summary.of(Verdict.NOT_KNOWN).sites(), summary.of(Verdict.NO_FOSSIL_HEAT).sites(), summary.of(Verdict.UPGRADE).floorAreaM2(),
                summary.addedLoadKw(), summary.shortfallKw(), summary.carbonChangeT()};
        for (int c = 2; c <= 10; c++) {
            w.formula(r, c, "SUM(" + col(c, first, last) + ")", totals[c - 2], c == 10 ? s.tco2e : s.integer);
        }
        if (summary.costChangeGbp() != null) w.number(r, 11, summary.costChangeGbp(), s.gbp);
        r++;
        if (summary.unpricedTrusts() > 0) {
            w.text(r++, 0, summary.unpricedTrusts() + " trust(s) without a price of their own for a fuel they burn are left out of the £ total.", s.noteLine);
        }
        return r + 2;
    }

    /** The four scenarios year by year as formulas over the inputs, the Net Zero path beside them, and a chart. */
    private static void paths(SheetWriter w, Sheet sheet, int r, CarbonPath p, CapacityAssumptions a, FactorSet factors, String within,
                              int[] savingsSpan) {
        Styles s = w.styles();
        w.text(r++, 0, "Estates carbon to 2040 (tCO2e): four scenarios against the Net Zero path", s.label);
        w.text(r++, 0, "(a) today's consumption as the grid decarbonises; (b) plus demand growth; (c) plus heat electrified where headroom "
                + "allows (by the electrify-by year, in equal steps), elsewhere from the capacity upgrade year; (d) plus the typical savings "
                + "of energy use, water and waste, applied to what (c) leaves so a saving on gas is not counted again once the gas is gone.", s.noteLine);
        int in = r;
        boolean coal = factors.get("coal_industrial").isPresent();
        String[][] inputs = {
                {"Data year (calendar year it starts)", null},
                {"Grid electricity kWh", null}, {"Gas kWh", null}, {"Oil kWh", null}, {"Coal kWh", null},
                {"Grid electricity tCO2e", null}, {"Fossil fuel tCO2e", null}, {"Everything else tCO2e (water, waste, bought-in heat)", null},
                {"Estates carbon tCO2e", null}, {"Share of fossil fuel at sites within capacity", null},
                {"Typical savings applied in (d), tCO2e", null}, {"… as a share of the estates carbon", null}};
        for (int i = 0; i < inputs.length; i++) w.text(in + i, 0, inputs[i][0], s.text);
        String from = Ref.absolute(in, 3), kwh = Ref.absolute(in + 1, 3), gas = Ref.absolute(in + 2, 3), oil = Ref.absolute(in + 3, 3),
                coalKwh = Ref.absolute(in + 4, 3), gridT = Ref.absolute(in + 5, 3), fossilT = Ref.absolute(in + 6, 3),
                otherT = Ref.absolute(in + 7, 3), totalT = Ref.absolute(in + 8, 3), withinCell = Ref.absolute(in + 9, 3),
                savings = Ref.absolute(in + 10, 3), share = Ref.absolute(in + 11, 3);
        w.number(in, 3, (double) p.fromYear(), s.year);
        w.number(in + 1, 3, p.gridKwh(), s.integer);
        w.number(in + 2, 3, p.gasKwh(), s.integer);
        w.number(in + 3, 3, p.oilKwh(), s.integer);
        w.number(in + 4, 3, p.coalKwh(), s.integer);
        w.formula(in + 5, 3, kwh + "*f_electricity_grid/1000", p.gridT(), s.tco2e);
        w.formula(in + 6, 3, "(" + gas + "*f_natural_gas+" + oil + "*f_fuel_oil" + (coal ? "+" + coalKwh + "*f_coal_industrial" : "") + ")/1000",
                p.fossilT(), s.tco2e);
        w.number(in + 7, 3, p.otherT(), s.tco2e);
        w.formula(in + 8, 3, gridT + "+" + fossilT + "+" + otherT, p.estatesT(), s.tco2e);
        if (within != null) w.formula(in + 9, 3, within, p.withinShare(), s.percent);
        else w.number(in + 9, 3, p.withinShare(), s.percent);
        if (savingsSpan == null || a.savingsIndicators().isEmpty()) w.number(in + 10, 3, p.savingsT(), s.tco2e);
        else w.formula(in + 10, 3, a.savingsIndicators().stream()
                .map(id -> SavingsSheet.indicatorSum(SavingsSheet.T_TYPICAL, id, savingsSpan[0], savingsSpan[1]))
                .collect(java.util.stream.Collectors.joining("+")), p.savingsT(), s.tco2e);
        w.formula(in + 11, 3, "IF(" + totalT + ">0,MAX(0,MIN(1," + savings + "/" + totalT + ")),0)", p.savingsShare(), s.percent);
        w.text(in + 7, 5, "Held at the data year's figure in every scenario.", s.noteLine);
        w.text(in + 10, 5, "Headline savings of " + String.join(", ", a.savingsIndicators()) + " (typical benchmark).", s.noteLine);
        r = in + inputs.length + 1;
        w.headers(r++, 0, "Year", "Grid gCO2e/kWh", "Grid ÷ data year", "Demand growth ×", "Fossil fuel electrified",
                "(a) Grid decarbonises", "(b) + demand growth", "(c) + heat electrified", "(d) + typical savings", "Net Zero path");
        int top = r;
        String growth = CapacityAssumptionsBlock.name(CapacityAssumptions.DEMAND_GROWTH);
        String byHeadroom = CapacityAssumptionsBlock.name(CapacityAssumptions.ELECTRIFY_BY);
        String upgrade = CapacityAssumptionsBlock.name(CapacityAssumptions.UPGRADE_YEAR);
        String savingsBy = CapacityAssumptionsBlock.name(CapacityAssumptions.SAVINGS_BY);
        String perKwh = CapacityAssumptionsBlock.name(CapacityAssumptions.BOILER_EFFICIENCY) + "/f_" + CapacityAssumptions.SEASONAL_COP_FACTOR;
        int points = a.grid().points().size();
        String dataYearIntensity = Ref.absolute(top, 1);
        for (CarbonPath.Point pt : p.points()) {
            String y = Ref.cell(r, 0), ratio = Ref.cell(r, 2), grow = Ref.cell(r, 3), el = Ref.cell(r, 4), c = Ref.cell(r, 7);
            w.number(r, 0, (double) pt.year(), s.year);
            w.formula(r, 1, CapacityAssumptionsBlock.gridIntensity(y, points), pt.gridIntensity(), s.integer);
            w.formula(r, 2, Ref.cell(r, 1) + "/" + dataYearIntensity, pt.gridRatio(), s.number("0.000"));
            w.formula(r, 3, "(1+" + growth + "/100)^(" + y + "-" + from + ")", pt.growth(), s.number("0.000"));
            w.formula(r, 4, withinCell + "*" + CapacityAssumptionsBlock.phase(y, from, byHeadroom) + "+(1-" + withinCell + ")*IF(" + y + ">="
                    + upgrade + ",1,0)", pt.electrifiedShare(), s.percent);
            w.formula(r, 5, gridT + "*" + ratio + "+" + fossilT + "+" + otherT, pt.gridOnlyT(), s.integer);
            w.formula(r, 6, grow + "*" + Ref.cell(r, 5), pt.withGrowthT(), s.integer);
            w.formula(r, 7, grow + "*(" + gridT + "*" + ratio + "+" + fossilT + "*(1-" + el + ")+(" + gas + "+" + oil + "+" + coalKwh + ")*" + el
                    + "*" + perKwh + "*f_electricity_grid/1000*" + ratio + "+" + otherT + ")", pt.electrifiedT(), s.integer);
            w.formula(r, 8, c + "*(1-" + share + "*" + CapacityAssumptionsBlock.phase(y, from, savingsBy) + ")", pt.withSavingsT(), s.integer);
            if (pt.netZeroT() != null) w.number(r, 9, pt.netZeroT(), s.integer);
            r++;
        }
        w.text(r++, 0, p.netZeroNote(), s.noteLine);
        Charts.overYears(sheet, new Charts.Box(11, top - 1, 19, top + 18), "Estates carbon to 2040 under four scenarios", "tCO2e",
                "Calendar year (the data year is the one its financial year starts in)", Charts.column(sheet, top, r - 2, 0), new uk.nhs.greenbench.xlsx.Chart.Range[]{
                        Charts.column(sheet, top, r - 2, 5), Charts.column(sheet, top, r - 2, 6), Charts.column(sheet, top, r - 2, 7),
                        Charts.column(sheet, top, r - 2, 8), Charts.column(sheet, top, r - 2, 9)},
                new String[]{"(a) Grid decarbonises", "(b) + demand growth", "(c) + heat electrified", "(d) + typical savings", "Net Zero path"},
                new String[]{"9E9E9E", "5E6B73", Styles.NHS_BLUE, "009639", Styles.MEDIAN_ORANGE});
    }

    private static String col(int c, int first, int last) {
        return Ref.range(first, c, Math.max(first, last), c);
    }
}
