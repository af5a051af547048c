package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.IndicatorInputs;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.factor.Factor;
import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.opportunity.AreaComparison;
import uk.nhs.greenbench.opportunity.AreaRollup;
import uk.nhs.greenbench.opportunity.PeerUnitRates;
import uk.nhs.greenbench.model.Pricing;
import uk.nhs.greenbench.opportunity.SavingCalculator;
import uk.nhs.greenbench.pipeline.TrustValue;
import uk.nhs.greenbench.peers.FilePeers;
import uk.nhs.greenbench.peers.PeerCandidate;
import uk.nhs.greenbench.peers.PeerChoice;
import uk.nhs.greenbench.peers.PeerSet;
import uk.nhs.greenbench.peers.TypePeers;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.registry.PeerGroupMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes one year's figures: indicator values per trust, peer benchmarks, savings, then ICS, region and
 * national roll-ups.
 */
public final class FiguresCalculator {

    private final OrgRegistry registry;
    private final IndicatorLibrary indicators;
    private final PeerChoice peers;
    private final PlausibilityChecks checks;

    public FiguresCalculator(OrgRegistry registry, IndicatorLibrary indicators, PlausibilityChecks checks) {
        this(registry, indicators, checks, new TypePeers());
    }

    /** @param peers how each trust's comparators are chosen */
    public FiguresCalculator(OrgRegistry registry, IndicatorLibrary indicators, PlausibilityChecks checks, PeerChoice peers) {
        this.registry = registry;
        this.indicators = indicators;
        this.checks = checks;
        this.peers = peers;
    }

    public Figures compute(String year, YearSums sums, List<Figures.InputFile> inputs) {
        TrustDirectory directory = TrustDirectory.build(sums, registry);
        List<QualityIssue> issues = new ArrayList<>(directory.issues());
        FactorSet factors = sums.factors();
        List<PeerCandidate> candidates = directory.trusts().values().stream().map(e -> new PeerCandidate(e.org().code(),
                e.org().peerGroup(), e.sums().floorArea(), e.sums().inpatientMeals())).toList();
        Map<String, PeerSet> peerSets = peers.assign(candidates);
        Map<String, PeerSet> typeSets = peers.byType() ? peerSets : new TypePeers().assign(candidates);
        issues.addAll(peers.findings(candidates));
        List<FigureRow> rows = new ArrayList<>();
        List<FigureRow> areaRows = new ArrayList<>();
        for (IndicatorDefinition d : indicators.forYear(year)) {
            if (d.isIcsGrain()) {
                areaRows.addAll(new IcsIndicatorCalculator(registry).compute(year, d, sums.prescribing(), factors, issues));
                continue;
            }
            List<FigureRow> trustRows = computeIndicator(year, d, directory, factors, sums.sourceMeasures(), peerSets, typeSets, issues);
            rows.addAll(trustRows);
            areaRows.addAll(AreaComparison.compare(AreaRollup.rollUp(trustRows, d.scaleOrOne(), registry), d));
        }
        areaRows.sort(AreaRollup.order());
        rows.addAll(areaRows);
        return new Figures(year, factors, rows, issues, inputs, List.of(), new Figures.Peers(peers.label(), peers.description() + mappedTypes(directory), peerSets,
                peers.source() == null ? null : new Figures.InputFile(peers.source().path().toString(), "peers", null, peers.source().sha256())), checks,
                sums.sites(), null);
    }

    /** One indicator's trust rows, stage by stage: values and their quality, peer distributions, benchmarks and savings. */
    private List<FigureRow> computeIndicator(String year, IndicatorDefinition d, TrustDirectory directory, FactorSet factors,
                                             SourceMeasures available, Map<String, PeerSet> peerSets, Map<String, PeerSet> typeSets,
                                             List<QualityIssue> issues) {
        IndicatorValues values = IndicatorValues.compute(year, d, directory, factors, available, indicators, checks, issues);
        PeerComparison comparison = PeerComparison.of(d, values.values(), peerSets, typeSets, checks);
        List<FigureRow> rows = new TrustRows(year, d, factors, checks).rows(values, comparison, peerSets, issues);
        if (values.closing() != null) issues.add(values.closing());
        return rows;
    }

    /** "; ERIC's Care Trust type is compared as …" when some trusts' types were mapped to another peer group. */
    private static String mappedTypes(TrustDirectory directory) {
        Map<String, Set<String>> mapped = new java.util.TreeMap<>();
        for (TrustDirectory.Entry e : directory.trusts().values()) {
            PeerGroupMap.Mapped m = e.peerTypeMapped();
            if (m != null) mapped.computeIfAbsent(m.ericType() + " as " + m.peerGroup(), k -> new TreeSet<>()).add(e.org().code());
        }
        List<String> parts = new ArrayList<>();
        mapped.forEach((how, codes) -> parts.add(how + " (" + String.join(", ", codes) + ")"));
        return parts.isEmpty() ? "" : "; trusts of an ERIC type too small to be a group are compared with a larger type (regions/peer-groups.csv): "
                + String.join("; ", parts);
    }
}
