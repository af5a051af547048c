package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.ingest.EricFile;
import uk.nhs.greenbench.ingest.EricLayout;
import uk.nhs.greenbench.ingest.PrescribingFile;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A year's ERIC files summed to trusts while they are read: site rows go into each trust's running sums;
 * trust-level rows are kept with the few measures their layout names (staff counts), so that a trust with no
 * site data is still listed and its trust-level figures join its sums when the year is computed. Returns
 * (figures not in ERIC) are kept by organisation and added to the trusts' sums when the year is computed.
 */
public final class YearSums {
    private final List<IndicatorDefinition> indicators;
    private final CompiledIndicator.Year compiled;
    private final FactorSet factors;
    private final Map<String, TrustSums> siteTrusts = new TreeMap<>();
    private final Map<String, SiteRecord> trustRows = new TreeMap<>();
    private final List<QualityIssue> issues = new ArrayList<>();
    private final Set<String> measures = new TreeSet<>();
    private final Map<String, String> notPublished = new TreeMap<>();
    private final Map<String, ReturnsFile.Record> returns = new TreeMap<>();
    private final Map<String, PrescribingFile.IcbYear> prescribing = new TreeMap<>();
    private final SiteTable sites;
    private final CapacityInputs capacity;

    public YearSums(List<IndicatorDefinition> indicators, FactorSet factors) {
        this(indicators, factors, null);
    }

    /** @param capacity the capacity assumptions the sites' headroom is assessed by as they are read, or null for none */
    public YearSums(List<IndicatorDefinition> indicators, FactorSet factors, uk.nhs.greenbench.model.CapacityAssumptions capacity) {
        this.indicators = List.copyOf(indicators);
        this.factors = factors;
        this.compiled = CompiledIndicator.Year.of(this.indicators, factors);
        this.sites = new SiteTable(this.indicators, factors);
        Map<String, Double> values = new java.util.HashMap<>();
        factors.factors().forEach((id, f) -> values.put(id, f.value()));
        this.capacity = new CapacityInputs(uk.nhs.greenbench.capacity.SiteHeadroom.forFactors(capacity, values));
    }

    /** Where the rows of a file in {@code layout} go as they are read. */
    public Consumer<SiteRecord> sink(EricLayout layout) {
        if (layout.isSiteGrain()) {
            // Only a layout that publishes demand and capacity (2023/24 on) is assessed: older years cost nothing.
            boolean assessed = layout.measures().containsKey(uk.nhs.greenbench.capacity.SiteInputs.MAX_DEMAND)
                    && layout.measures().containsKey(uk.nhs.greenbench.capacity.SiteInputs.CAPACITY);
            return r -> {
                SiteRecord adjusted = ChpFuel.adjust(r, issues);
                siteTrusts.computeIfAbsent(r.trustCode(), k -> new TrustSums(r, compiled, factors)).add(adjusted);
                sites.add(adjusted);
                if (assessed) capacity.add(adjusted);
            };
        }
        // A trust-level row holds only the measures its layout names (a handful), so it is kept whole.
        return r -> trustRows.putIfAbsent(r.trustCode(), r);
    }

    /** Records what reading a file found: its findings and the measures its layout provides. */
    public void fileRead(EricFile file) {
        issues.addAll(file.issues());
        measures.addAll(file.layout().measures().keySet());
        measures.addAll(file.layout().derived().keySet());
        // The trust's floor area is the sum of its sites' (for trust-level figures put per floor area).
        if (file.layout().isSiteGrain() && file.layout().measures().containsKey("gia_m2")) measures.add(TrustSums.TRUST_GIA);
        file.notPublished().forEach((m, headers) -> notPublished.putIfAbsent(m, file.fileName() + " has no column \"" + headers + "\""));
    }

    /** Adds the year's returns (organisation code → figures); they join the trusts' sums when the year is computed. */
    public void addReturns(Map<String, ReturnsFile.Record> records) {
        returns.putAll(records);
        for (ReturnsFile.Record r : records.values()) measures.addAll(r.measures().keySet());
    }

    /** Adds the year's inhaler prescribing by ICB (OpenPrescribing), for the indicators measured for ICBs. */
    public void addPrescribing(Map<String, PrescribingFile.IcbYear> byIcb) {
        prescribing.putAll(byIcb);
        if (!byIcb.isEmpty()) measures.addAll(java.util.List.of("mdi_items", "inhaler_items", "other_inhaler_items"));
    }

    /** The year's inhaler prescribing, by ICB code. */
    public Map<String, PrescribingFile.IcbYear> prescribing() {
        return Collections.unmodifiableMap(prescribing);
    }

    /** The year's returns, by organisation code. */
    public Map<String, ReturnsFile.Record> returns() {
        return Collections.unmodifiableMap(returns);
    }

    /** Trusts with site rows, by code. */
    public Map<String, TrustSums> siteTrusts() {
        return Collections.unmodifiableMap(siteTrusts);
    }

    /** The year's sites by trust, as read. */
    public uk.nhs.greenbench.model.Sites sites() {
        return sites.sites();
    }

    /** The year's sites as the capacity view needs them. */
    CapacityInputs capacity() {
        return capacity;
    }

    /** The first trust-level row of each trust, by code. */
    public Map<String, SiteRecord> trustRows() {
        return Collections.unmodifiableMap(trustRows);
    }

    /** Sums for a trust that made only a trust-level return: it has no sites. */
    TrustSums withoutSites(SiteRecord trustRow) {
        return new TrustSums(trustRow, compiled, factors);
    }

    public List<QualityIssue> issues() {
        return Collections.unmodifiableList(issues);
    }

    /** Every measure some file of the year provides. */
    public Set<String> measures() {
        return Collections.unmodifiableSet(measures);
    }

    /** What the year's files publish, and what one of them is known to lack. */
    SourceMeasures sourceMeasures() {
        Map<String, String> lacking = new TreeMap<>(notPublished);
        lacking.keySet().removeAll(measures);
        return new SourceMeasures(measures, lacking);
    }

    public FactorSet factors() {
        return factors;
    }
}
