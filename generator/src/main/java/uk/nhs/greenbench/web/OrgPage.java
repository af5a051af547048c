package uk.nhs.greenbench.web;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.FlagGlossary;
import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.figures.SpineScale;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.report.Cells;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model of one organisation's page, as plain maps and strings for the template: every figure already formatted
 * (as the reports format it) and every chart already drawn. It reads the figures; it computes none.
 */
final class OrgPage {
    private final FiguresIndex index;
    private final List<IndicatorDefinition> defs;
    private final Set<String> headlineIds;
    private final FlagGlossary glossary;
    // index.orgs walks every figure row: read once per level, not once per card.
    private final Map<Level, List<OrgRef>> orgsByLevel = new java.util.EnumMap<>(Level.class);

    OrgPage(FiguresIndex index, List<IndicatorDefinition> defs) {
        this.index = index;
        this.defs = List.copyOf(defs);
        this.headlineIds = IndicatorDefinition.headlineIds(defs);
        this.glossary = index.glossary();
        for (Level level : Level.values()) orgsByLevel.put(level, index.orgs(level));
    }

    /** The organisation's own row of each indicator of the year (a trust's; an area's with its standing), in order. */
    private record Shown(IndicatorDefinition def, FigureRow row) {
    }

    private List<Shown> shown(OrgRef org) {
        List<Shown> rows = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            Optional<FigureRow> row = org.level() == Level.TRUST ? index.row(Level.TRUST, org.code(), d.id()) : index.standing(org, d.id());
            row.ifPresent(r -> rows.add(new Shown(d, r)));
        }
        return rows;
    }

    /** The year's indicators, in order. */
    List<IndicatorDefinition> definitions() {
        return defs;
    }

    /** An organisation's name as the reports print it (ERIC's capitals turned to title case). */
    static String name(OrgRef o) {
        return OrgNames.display(o.name());
    }

    static String levelName(Level level) {
        return switch (level) {
            case TRUST -> "NHS trust";
            case ICS -> "Integrated care system";
            case REGION -> "NHS England region";
            case NATIONAL -> "England";
        };
    }

    Map<String, Object> model(OrgRef org, Documents documents) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", org(org));
        m.put("levelName", levelName(org.level()));
        m.put("context", context(org));
        m.put("headlines", headlines(index.headlines(org, headlineIds)));
        m.put("headlineRule", Headlines.RULE);
        m.put("comparedWith", comparedWith(org));
        List<Shown> shown = shown(org);
        m.put("themes", themes(org, shown));
        m.put("standing", standing(org, shown));
        m.put("notSupplied", shown.stream().filter(x -> x.row().notSupplied()).map(x -> x.def().title()).toList());
        m.put("members", org.level() == Level.TRUST ? List.of() : members(index.memberTrusts(org)));
        m.put("icss", switch (org.level()) {
            case REGION, NATIONAL -> members(index.areasWithin(org, Level.ICS));
            default -> List.of();
        });
        m.put("regions", org.level() == Level.NATIONAL ? members(orgsByLevel.get(Level.REGION)) : List.of());
        m.put("csv", org.code() + "-figures.csv");
        m.put("workbook", documents.workbook(org));
        m.put("report", documents.report(org));
        List<String> notes = new ArrayList<>();
        index.issues(org.code()).stream().limit(25).forEach(q -> notes.add(q.message()));
        m.put("qualityNotes", notes);
        m.put("qualityMore", Math.max(0, index.issues(org.code()).size() - notes.size()));
        return m;
    }

    private static Map<String, Object> org(OrgRef o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", o.code());
        m.put("name", name(o));
        m.put("level", o.level().name().toLowerCase(Locale.ROOT));
        m.put("peerGroup", o.peerGroup() == null ? "" : o.peerGroup());
        return m;
    }

    /** Links up the hierarchy: a trust's ICS and region, an ICS's region. */
    private List<Map<String, String>> context(OrgRef org) {
        List<Map<String, String>> links = new ArrayList<>();
        if (org.level() == Level.TRUST) find(Level.ICS, org.icsCode()).ifPresent(o -> links.add(link("ICS", o)));
        if (org.level() == Level.TRUST || org.level() == Level.ICS) find(Level.REGION, org.regionCode()).ifPresent(o -> links.add(link("Region", o)));
        if (org.level() != Level.NATIONAL) find(Level.NATIONAL, null).ifPresent(o -> links.add(link("Country", o)));
        return links;
    }

    private Optional<OrgRef> find(Level level, String code) {
        return orgsByLevel.get(level).stream().filter(o -> code == null || o.code().equals(code)).findFirst();
    }

    private static Map<String, String> link(String label, OrgRef o) {
        return Map.of("label", label, "name", name(o), "href", SitePaths.fromPage(o));
    }

    private static String comparedWith(OrgRef org) {
        return switch (org.level()) {
            case TRUST -> "Each indicator compares the trust with its peers: " + org.peerGroup() + " trusts.";
            case ICS -> "Each indicator places the ICS among all 42 ICSs. Its savings are its member trusts' savings added up, "
                    + "each trust against its own peers, so an ICS that ranks well can still have trusts with a gap.";
            case REGION -> "Each indicator places the region among the seven NHS England regions. Its savings are its member trusts' "
                    + "savings added up, each trust against its own peers, so a region that ranks well can still have trusts with a gap.";
            case NATIONAL -> "England's figures are placed against the spread of its 42 ICSs. Its savings are every trust's savings "
                    + "added up, each trust against its own peers.";
        };
    }

    static Map<String, String> headlines(Headlines h) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("typicalGbp", Formats.gbpShort(h.typicalGbp()));
        m.put("typicalTco2e", Formats.tco2eWithUnit(h.typicalTco2e()));
        m.put("stretchGbp", Formats.gbpShort(h.stretchGbp()));
        m.put("stretchTco2e", Formats.tco2eWithUnit(h.stretchTco2e()));
        // Unformatted, for sorting tables and for reading the figures back.
        m.put("typicalGbpRaw", Cells.number(h.typicalGbp()));
        m.put("typicalTco2eRaw", Cells.number(h.typicalTco2e()));
        m.put("stretchGbpRaw", Cells.number(h.stretchGbp()));
        m.put("stretchTco2eRaw", Cells.number(h.stretchTco2e()));
        return m;
    }

    /** Where the organisation stands in one sentence: how many indicators put it in the best and the worst quartile. */
    private static String standing(OrgRef org, List<Shown> shown) {
        int placed = 0, best = 0, worst = 0;
        for (Shown x : shown) {
            QuartilePosition p = QuartilePosition.of(x.row().value(), x.row().benchmark(), x.def().polarity());
            if (p == null) continue;
            placed++;
            if (p == QuartilePosition.BEST) best++;
            if (p == QuartilePosition.WORST) worst++;
        }
        if (placed == 0 || org.level() == Level.NATIONAL) return "";
        String among = switch (org.level()) {
            case TRUST -> "its peers";
            case ICS -> "the 42 ICSs";
            default -> "the regions";
        };
        return "Of " + placed + " indicators placed among " + among + ", " + name(org) + " is in the best quartile on " + best
                + " and in the worst on " + worst + ".";
    }

    /** The cards by theme; indicators with no data supplied are named once on the page instead. */
    private List<Map<String, Object>> themes(OrgRef org, List<Shown> shown) {
        Map<String, List<Map<String, Object>>> byTheme = new LinkedHashMap<>();
        for (Shown x : shown) {
            if (x.row().notSupplied()) continue;
            byTheme.computeIfAbsent(themeName(x.def().theme()), k -> new ArrayList<>()).add(card(x.def(), x.row(), org));
        }
        List<Map<String, Object>> themes = new ArrayList<>();
        byTheme.forEach((name, cards) -> themes.add(Map.of("name", name, "id", "theme-" + slug(name), "cards", cards)));
        return themes;
    }

    static String themeName(String theme) {
        return theme.isEmpty() ? theme : Character.toUpperCase(theme.charAt(0)) + theme.substring(1);
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private Map<String, Object> card(IndicatorDefinition d, FigureRow r, OrgRef org) {
        Benchmark b = r.benchmark();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", d.id());
        c.put("title", d.title());
        c.put("description", d.description());
        c.put("unit", r.unit());
        c.put("hasValue", r.value() != null && Double.isFinite(r.value()));
        c.put("better", d.polarity() == Polarity.LOW_IS_GOOD ? "lower is better" : "higher is better");
        // Each figure at the precision its own size needs (0.84%, not 0.8% because the median is 96.4%).
        c.put("value", own(r.value()));
        c.put("valueRaw", Cells.number(r.value()));
        c.put("median", own(b.median()));
        c.put("q1", own(b.q1()));
        c.put("q3", own(b.q3()));
        c.put("peerN", b.peerN() == null ? "" : String.valueOf(b.peerN()));
        c.put("rank", b.rankLabel() == null ? "" : b.rankLabel());
        QuartilePosition position = QuartilePosition.of(r.value(), b, d.polarity());
        c.put("position", position == null ? "not placed" : position.label());
        c.put("positionClass", SvgSpine.cssClass(position));
        c.put("spine", SvgSpine.of(SpineScale.of(b, d.polarity() == Polarity.LOW_IS_GOOD), r.value(), position,
                spineWords(d, r, org, position)));
        boolean lowIsGood = d.polarity() == Polarity.LOW_IS_GOOD;
        List<FigureRow> group = comparisonGroup(org, r, lowIsGood);
        c.put("peerChart", SvgCharts.peers(group, org.code(), b.median(), d.title() + ": the " + group.size() + " values "
                + groupName(org, r) + ", worst on the left, best on the right" + (org.level() == Level.NATIONAL ? "" : ", " + name(org) + "'s darker")
                + "; the line is the median (" + own(b.median()) + " " + r.unit() + "). Best first: " + listed(group, org) + "."));
        trend(c, d, org, r);
        c.put("typical", saving(r.typical(), r, d));
        c.put("stretch", saving(r.stretch(), r, d));
        c.put("target", r.target().units() == null ? "" : saving(r.target(), r, d));
        c.put("headline", headlineIds.contains(d.id()));
        List<String> flags = new ArrayList<>();
        for (Flag f : r.flags()) {
            String meaning = glossary.meaning(f);
            if (meaning == null) continue;
            flags.add(meaning + (f.detail() == null || f.detail().isEmpty() ? "" : " (" + f.detail() + ")"));
        }
        c.put("flags", flags);
        return c;
    }

    /** The chart's values in words, best first, this organisation's marked: the chart's text alternative. */
    private static String listed(List<FigureRow> group, OrgRef org) {
        StringBuilder sb = new StringBuilder();
        for (FigureRow x : group) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(own(x.usableValue()));
            if (x.org().code().equals(org.code()) && x.org().level() == org.level()) sb.append(" (").append(org.code()).append(')');
        }
        return sb.toString();
    }

    /** The values the organisation is compared with, best first: a trust's peers, an area's fellow ICSs or regions. */
    private List<FigureRow> comparisonGroup(OrgRef org, FigureRow r, boolean lowIsGood) {
        if (org.level() == Level.TRUST) return index.comparators(r, lowIsGood);
        Level level = org.level() == Level.NATIONAL ? Level.ICS : org.level();
        java.util.Comparator<FigureRow> order = java.util.Comparator.comparing(FigureRow::usableValue);
        if (!lowIsGood) order = order.reversed();
        List<FigureRow> rows = new ArrayList<>();
        for (OrgRef o : orgsByLevel.get(level)) index.row(level, o.code(), r.indicator()).filter(x -> x.usableValue() != null).ifPresent(rows::add);
        rows.sort(order.thenComparing(x -> x.org().code()));
        return rows;
    }

    private static String groupName(OrgRef org, FigureRow r) {
        return switch (org.level()) {
            case TRUST -> "of its comparators (" + r.benchmark().comparator() + ")";
            case ICS, NATIONAL -> "of the ICSs";
            case REGION -> "of the regions";
        };
    }

    /** The trend chart and its table: every bundled year's value beside its comparators' median and middle half. */
    private void trend(Map<String, Object> c, IndicatorDefinition d, OrgRef org, FigureRow r) {
        Optional<uk.nhs.greenbench.model.TrendRow> t = index.trend(org.level(), org.code(), d.id());
        List<Map<String, String>> years = new ArrayList<>();
        StringBuilder words = new StringBuilder(d.title() + " over the years, " + name(org) + " against its comparators' percentile bands:");
        if (t.isPresent()) {
            for (uk.nhs.greenbench.model.YearValue y : t.get().years()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("year", y.year().replace('-', '/'));
                row.put("value", own(y.value()));
                row.put("median", y.band() == null ? Formats.CELL_NOT_AVAILABLE : own(y.band().p50()));
                row.put("middle", y.band() == null ? Formats.CELL_NOT_AVAILABLE : own(y.band().p25()) + " to " + own(y.band().p75()));
                years.add(row);
                words.append(' ').append(row.get("year")).append(' ').append(row.get("value")).append(';');
            }
        }
        c.put("trendChart", t.map(x -> SvgCharts.trend(x.years(), words.toString().replaceAll(";$", "."))).orElse(""));
        c.put("trendYears", years.size() >= 2 ? years : List.of());
        c.put("trendNote", t.map(x -> x.comparabilityNote() == null ? "" : x.comparabilityNote()).orElse(""));
    }

    private static String own(Double v) {
        return Formats.cell(Formats.value(v, v));
    }

    private static String spineWords(IndicatorDefinition d, FigureRow r, OrgRef org, QuartilePosition p) {
        Benchmark b = r.benchmark();
        return d.title() + ": " + name(org) + " " + own(r.value()) + " " + r.unit()
                + (p == null ? "" : ", " + p.label().toLowerCase(Locale.UK)) + "; comparison group median "
                + own(b.median()) + ", middle half " + own(b.q1()) + " to " + own(b.q3()) + ", range " + own(b.min()) + " to "
                + own(b.max()) + ".";
    }

    /** A saving in words: £ and tCO2e where it is priced, else the gap in the indicator's own units. */
    private static String saving(Saving s, FigureRow r, IndicatorDefinition d) {
        if (s.gbp() != null || s.tco2e() != null) return Formats.saving(s.gbp(), s.tco2e());
        if (s.units() == null) return Formats.CELL_NOT_AVAILABLE;
        if (s.units() == 0) return "no gap: at or better than the benchmark";
        return "a gap of " + Formats.value(s.units(), s.units()) + " " + r.savingUnit() + " (not priced)";
    }

    private List<Map<String, String>> members(List<OrgRef> orgs) {
        List<Map<String, String>> rows = new ArrayList<>();
        // Largest typical saving first (as the reports list members), so the table reads as a priority list.
        for (OrgRef o : index.byHeadlineSaving(orgs, headlineIds).stream().map(FiguresIndex.OrgSavings::org).toList()) {
            Map<String, String> m = new LinkedHashMap<>(headlines(index.headlines(o, headlineIds)));
            m.put("code", o.code());
            m.put("name", name(o));
            m.put("href", index.hasAnyValue(o) ? SitePaths.fromPage(o) : "");
            rows.add(m);
        }
        return rows;
    }

    /** The pack's documents for an organisation, as links from its page; null where the run wrote none. */
    interface Documents {
        String workbook(OrgRef org);

        String report(OrgRef org);
    }
}
