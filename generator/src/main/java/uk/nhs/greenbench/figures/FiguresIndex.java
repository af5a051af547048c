package uk.nhs.greenbench.figures;

import java.util.Set;

import uk.nhs.greenbench.model.Headlines;

import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;

import uk.nhs.greenbench.model.TrendRow;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups over one year's figures for the writers (workbooks, reports), which never compute figures themselves. */
public final class FiguresIndex {
    private final Figures figures;
    private final Map<Key, FigureRow> byKey = new HashMap<>();
    private final Map<String, List<FigureRow>> trustRowsByIndicator = new LinkedHashMap<>();
    private final Map<String, List<FigureRow>> icsRowsByIndicator = new LinkedHashMap<>();
    private final Map<String, List<QualityIssue>> issuesByOrg = new HashMap<>();
    private final Map<Key, TrendRow> trends = new HashMap<>();
    private final Map<OrgKey, List<FigureRow>> rowsByOrg = new HashMap<>();
    private final FlagGlossary glossary;

    public FiguresIndex(Figures figures) {
        this.figures = figures;
        // Once per year's figures, for every workbook and report that explains its flags.
        this.glossary = figures.checks() == null ? null : new FlagGlossary(figures.checks());
        for (FigureRow r : figures.rows()) {
            byKey.put(key(r.org().level(), r.org().code(), r.indicator()), r);
            rowsByOrg.computeIfAbsent(new OrgKey(r.org().level(), r.org().code()), k -> new ArrayList<>()).add(r);
            if (r.org().level().equals(Level.TRUST)) trustRowsByIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
            if (r.org().level().equals(Level.ICS)) icsRowsByIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
        for (QualityIssue i : figures.issues()) issuesByOrg.computeIfAbsent(i.orgCode(), k -> new ArrayList<>()).add(i);
        for (TrendRow t : figures.trends()) trends.put(key(t.org().level(), t.org().code(), t.indicator()), t);
    }

    /**
     * An organisation's figure or trend on one indicator. A record, not a joined string: no text is made for each
     * look-up, and the keys of a national set's 140,000 rows at ten times the trusts share the rows' own strings.
     */
    private record Key(Level level, String code, String indicator) {
    }

    private record OrgKey(Level level, String code) {
    }

    private static Key key(Level level, String code, String indicator) {
        return new Key(level, code, indicator);
    }

    private List<FigureRow> ownRows(OrgRef org) {
        return rowsByOrg.getOrDefault(new OrgKey(org.level(), org.code()), List.of());
    }

    /** What each flag means, in the words of the thresholds these figures were checked against. */
    public FlagGlossary glossary() {
        return glossary;
    }

    public Figures figures() {
        return figures;
    }

    public Optional<FigureRow> row(Level level, String code, String indicator) {
        return Optional.ofNullable(byKey.get(key(level, code, indicator)));
    }

    /** An organisation's or area's own rows, in the order of the figures. */
    public List<FigureRow> rowsOf(OrgRef org) {
        return List.copyOf(ownRows(org));
    }

    /** Whether an organisation has a value for at least one indicator: the pack writes no document for one without. */
    public boolean hasAnyValue(OrgRef org) {
        return ownRows(org).stream()
                .anyMatch(r -> r.value() != null && Double.isFinite(r.value()));
    }

    /** Every area or trust at a level, in code order. */
    public List<OrgRef> orgs(Level level) {
        Map<String, OrgRef> seen = new LinkedHashMap<>();
        for (FigureRow r : figures.rows()) if (r.org().level().equals(level)) seen.putIfAbsent(r.org().code(), r.org());
        return seen.values().stream().sorted(Comparator.comparing(OrgRef::code)).toList();
    }

    /**
     * The trusts a trust was compared with for one indicator (its peer set, or every trust when the set fell back to
     * the national distribution), those with a usable value (not a likely unit error), ordered best first: exactly the
     * values its benchmarks were taken from.
     */
    public List<FigureRow> comparators(FigureRow trust, boolean lowIsGood) {
        boolean national = trust.benchmark().basis().startsWith("national");
        var set = figures.peers().of(trust.org().code());
        Object peers = national ? "national" : set != null ? set : "type " + trust.org().peerGroup();
        // Every trust of a peer set has the same comparators: worked out once per set, indicator and direction, not
        // once per trust and output (which grew with the square of the number of trusts: the x10 benchmark).
        return comparators.computeIfAbsent(new ComparatorKey(trust.indicator(), lowIsGood, peers), k -> {
            Comparator<FigureRow> order = Comparator.comparing(FigureRow::value);
            if (!lowIsGood) order = order.reversed();
            return trustRowsByIndicator.getOrDefault(trust.indicator(), List.of()).stream()
                    .filter(r -> r.usableValue() != null)
                    .filter(r -> national || (set != null ? set.contains(r.org().code()) : r.org().peerGroup().equals(trust.org().peerGroup())))
                    .sorted(order.thenComparing(r -> r.org().code())).toList();
        });
    }

    /** @param peers "national", the trust's {@link uk.nhs.greenbench.peers.PeerSet}, or its type */
    private record ComparatorKey(String indicator, boolean lowIsGood, Object peers) {
    }

    private final Map<ComparatorKey, List<FigureRow>> comparators = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Member trust rows of an area for one indicator; for an indicator measured for ICBs (no trust rows), the ICB
     * itself, or a region's or England's ICBs.
     */
    public List<FigureRow> members(OrgRef area, String indicator) {
        if (!trustRowsByIndicator.containsKey(indicator)) {
            return icsRowsByIndicator.getOrDefault(indicator, List.of()).stream().filter(r -> switch (area.level()) {
                case ICS -> r.org().code().equals(area.code());
                case REGION -> r.org().regionCode().equals(area.code());
                default -> true;
            }).toList();
        }
        return trustRowsByIndicator.getOrDefault(indicator, List.of()).stream().filter(r -> isMember(area, r.org())).toList();
    }

    /**
     * The member trusts of an area, in code order: trusts only, never the ICBs an indicator measured for ICBs is
     * reported for (those are the area's own figure).
     */
    public List<OrgRef> memberTrusts(OrgRef area) {
        Map<String, OrgRef> seen = new java.util.TreeMap<>();
        for (List<FigureRow> rows : trustRowsByIndicator.values()) {
            for (FigureRow r : rows) if (isMember(area, r.org())) seen.putIfAbsent(r.org().code(), r.org());
        }
        return List.copyOf(seen.values());
    }

    private static boolean isMember(OrgRef area, OrgRef trust) {
        return switch (area.level()) {
            case ICS -> trust.icsCode().equals(area.code());
            case REGION -> trust.regionCode().equals(area.code());
            default -> true;
        };
    }

    /** The areas of a level inside an area, in code order: a region's ICSs, England's regions or ICSs. */
    public List<OrgRef> areasWithin(OrgRef area, Level level) {
        return orgs(level).stream().filter(o -> area.level() == Level.NATIONAL || o.regionCode().equals(area.code())).toList();
    }

    /**
     * An area's row with the comparison it stands in: an ICS among all ICSs and a region among all regions (as
     * computed), England placed against its ICSs' distribution, unranked because it is not one of them.
     */
    public Optional<FigureRow> standing(OrgRef area, String indicator) {
        Optional<FigureRow> own = row(area.level(), area.code(), indicator);
        if (own.isEmpty() || area.level() != Level.NATIONAL) return own;
        for (OrgRef ics : orgs(Level.ICS)) {
            Optional<FigureRow> r = row(Level.ICS, ics.code(), indicator);
            if (r.isPresent() && r.get().benchmark().median() != null) return Optional.of(own.get().withBenchmark(r.get().benchmark().unranked()));
        }
        return own;
    }

    /**
     * An organisation's or area's headline savings: its own rows on the headline indicators (an area's rows are the
     * roll-ups of its members), added by the one rule of {@link Headlines}; workbooks and reports both show these.
     */
    public Headlines headlines(OrgRef org, Set<String> headlineIndicators) {
        return Headlines.of(ownRows(org), headlineIndicators);
    }

    /** An organisation with its headline savings. */
    public record OrgSavings(OrgRef org, Headlines headlines) {
    }

    /**
     * Organisations with their headline savings, largest typical £ first (no saving counts as £0), then by code: the
     * order of every league table and list of areas, in the workbooks and the reports alike.
     */
    public List<OrgSavings> byHeadlineSaving(java.util.Collection<OrgRef> orgs, Set<String> headlineIndicators) {
        List<OrgSavings> out = new ArrayList<>();
        for (OrgRef o : orgs) out.add(new OrgSavings(o, headlines(o, headlineIndicators)));
        out.sort(Comparator.comparingDouble((OrgSavings x) -> x.headlines().typicalGbp() == null ? 0 : -x.headlines().typicalGbp())
                .thenComparing(x -> x.org().code()));
        return out;
    }

    /** As {@link #headlines(OrgRef, Set)}, over one theme's indicators only. */
    public Headlines headlines(OrgRef org, Set<String> headlineIndicators, String theme) {
        return Headlines.of(ownRows(org).stream()
                .filter(r -> r.theme().equals(theme)).toList(), headlineIndicators);
    }

    /** An organisation's trend in one indicator, when the years hold one. */
    public Optional<TrendRow> trend(Level level, String code, String indicator) {
        return Optional.ofNullable(trends.get(key(level, code, indicator)));
    }

    public List<QualityIssue> issues(String orgCode) {
        return issuesByOrg.getOrDefault(orgCode, List.of());
    }
}
