package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trust as read from a year's files: the identity ERIC gave it (from its first row) and running sums per
 * indicator over its sites. Sites are added as they are read and not kept, so memory grows with the number of
 * trusts, not of rows.
 */
public final class TrustSums {
    /** The measure that carries the trust's floor area (all its sites') onto its trust-level row. */
    public static final String TRUST_GIA = "trust_gia_m2";
    private final String code, name, ericRegion, trustType, firstRow;
    private final Map<String, SiteSums> byIndicator = new LinkedHashMap<>();
    private final MeasureSlots slots;
    private int sites;
    private double giaAll, meals, chpFuelAddedKwh;
    private int chpSites;
    private final SourceRows siteRows = new SourceRows();
    private boolean anyMeals;

    /** A trust whose identity comes from {@code first}; its sites are added with {@link #add}. */
    TrustSums(SiteRecord first, List<IndicatorDefinition> indicators, FactorSet factors) {
        this(first, CompiledIndicator.Year.of(indicators, factors), factors);
    }

    /** As above, with the year's indicators compiled once for all its trusts. */
    TrustSums(SiteRecord first, CompiledIndicator.Year indicators, FactorSet factors) {
        this.code = first.trustCode();
        this.name = first.trustName();
        this.ericRegion = first.region();
        this.trustType = first.trustType();
        this.firstRow = first.sourceRow();
        this.slots = indicators.slots();
        for (CompiledIndicator d : indicators.indicators()) byIndicator.put(d.definition().id(), new SiteSums(d, slots, factors));
    }

    void add(SiteRecord site) {
        sites++;
        SourceRows.Ref ref = SourceRows.Ref.parse(site.sourceRow());
        Double gia = site.measure("gia_m2");
        if (gia != null) {
            giaAll += gia;
            siteRows.add(ref);
        }
        Double chp = site.measure(ChpFuel.ADDED);
        if (chp != null) {
            chpSites++;
            chpFuelAddedKwh += chp;
        }
        Double m = site.measure("inpatient_meals");
        if (m != null) {
            meals += m;
            anyMeals = true;
        }
        double[] values = slots.values(site.measures());
        for (SiteSums s : byIndicator.values()) s.add(site, ref, values);
    }

    /** Adds the trust's returns: to each indicator as one more record, not as a site. */
    void addReturn(ReturnsFile.Record record) {
        for (SiteSums s : byIndicator.values()) s.addReturn(record);
    }

    /**
     * Adds the trust's row of ERIC's trust-level file (energy and waste managers): to each indicator as one more
     * record, not as a site, with the floor area of all its sites as {@link #TRUST_GIA}, so that a trust-level
     * count can be put per floor area; the floor area's own rows are cited with it.
     */
    void addTrustRow(SiteRecord row) {
        if (row.measures().isEmpty()) return;
        java.util.Map<String, Double> measures = new java.util.HashMap<>(row.measures());
        if (giaAll > 0) measures.put(TRUST_GIA, giaAll);
        SiteRecord joined = new SiteRecord(row.trustCode(), row.trustName(), row.region(), row.trustType(), "", "", "trust", measures, row.sourceRow());
        for (SiteSums s : byIndicator.values()) s.addTrustRow(joined, siteRows);
    }

    /**
     * The trust's sums for an indicator of the year.
     *
     * @throws uk.nhs.greenbench.indicator.Expression.MissingFactorException when a reported measure needed a
     *                                                                       factor the year has not got
     */
    public IndicatorInputs inputs(IndicatorDefinition d) {
        SiteSums s = byIndicator.get(d.id());
        if (s == null) throw new IllegalArgumentException(d.id() + " was not summed for " + code);
        return s.inputs(sites, giaAll);
    }

    /** The flag for figures that use gas, when some sites' CHP input was counted as their fuel. */
    public java.util.Optional<Flag> chpFlag() {
        return chpSites == 0 ? java.util.Optional.empty() : java.util.Optional.of(Flag.of(Flag.Code.CHP_FUEL_ADDED, String.format(
                java.util.Locale.ROOT, "%d site%s, %.1f GWh", chpSites, chpSites == 1 ? "" : "s", chpFuelAddedKwh / 1e6)));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** ERIC's commissioning region, used only for trusts the registry does not know. */
    public String ericRegion() {
        return ericRegion;
    }

    public String trustType() {
        return trustType;
    }

    /** Where the trust's first row was, for findings about the trust as a whole. */
    public String firstRow() {
        return firstRow;
    }

    public int sites() {
        return sites;
    }

    /** Gross internal floor area of all the trust's sites that reported one. */
    public double floorArea() {
        return giaAll;
    }

    /** Inpatient main meals requested over its sites, or NaN when no site reported them. */
    public double inpatientMeals() {
        return anyMeals ? meals : Double.NaN;
    }
}
