package uk.nhs.greenbench.web;

import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.MethodNotes;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.IndicatorLibrary;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Headlines;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.FileNames;
import uk.nhs.greenbench.report.FiguresCsvWriter;
import uk.nhs.greenbench.report.PackOutput;
import uk.nhs.greenbench.report.TrendsCsvWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the pack's static web site, {@code <year>/site/}: a home page with search and the ICB hex map, a page per
 * trust, ICS, region and England with its CSV, and the methodology. Every link is relative and nothing is fetched,
 * so the folder works from {@code file://}, a static host or a file share. It renders the figures it is handed.
 */
public final class WebSiteWriter implements PackOutput {
    private final IndicatorLibrary indicators;
    private final Path templates;
    private final HexMap hexMap;
    private final String version;
    private final boolean linkWorkbooks, linkReports;
    private final java.util.function.Function<uk.nhs.greenbench.factor.FactorSet, List<Figures.InputFile>> referenceFiles;

    /**
     * @param templates     {@code templates/web/}: the page templates and {@code assets/} (stylesheet, script)
     * @param hexJson       the ICB hex map layout
     * @param linkWorkbooks whether the run writes workbooks (so pages link to them)
     * @param linkReports   whether the run writes reports
     * @param referenceFiles the registry and factor files behind a factor set, listed on the sources page as in the manifest
     */
    public WebSiteWriter(IndicatorLibrary indicators, Path templates, Path hexJson, String version, boolean linkWorkbooks, boolean linkReports,
                         java.util.function.Function<uk.nhs.greenbench.factor.FactorSet, List<Figures.InputFile>> referenceFiles) {
        this.indicators = indicators;
        this.referenceFiles = referenceFiles;
        this.templates = templates;
        this.hexMap = HexMap.read(hexJson);
        this.version = version;
        this.linkWorkbooks = linkWorkbooks;
        this.linkReports = linkReports;
    }

    /** The site is timed on its own: its pages are written here, not queued as documents. */
    @Override
    public String stage() {
        return "site";
    }

    @Override
    public List<Document> prepare(YearFigures year, Path folder) throws IOException {
        FiguresIndex index = year.index();
        List<IndicatorDefinition> defs = indicators.forYear(year.year());
        WebTemplates pages = new WebTemplates(templates);
        Path site = Files.createDirectories(folder.resolve(SitePaths.FOLDER));
        copyAssets(site.resolve("assets"));
        OrgPage orgPage = new OrgPage(index, defs);
        TrustSitesTable siteTable = new TrustSitesTable(defs);
        OrgPage.Documents documents = new OrgPage.Documents() {
            @Override
            public String workbook(OrgRef org) {
                return linkWorkbooks && index.hasAnyValue(org) ? SitePaths.document(org.level(), FileNames.workbook(org.code(), org.name())) : null;
            }

            @Override
            public String report(OrgRef org) {
                return linkReports && index.hasAnyValue(org) ? SitePaths.document(org.level(), FileNames.report(org.code(), org.name())) : null;
            }
        };
        List<OrgRef> all = new ArrayList<>();
        for (Level level : Level.values()) all.addAll(index.orgs(level).stream().filter(index::hasAnyValue).toList());
        for (Level level : Level.values()) Files.createDirectories(site.resolve(SitePaths.folder(level)));
        // Each organisation's page and CSVs are written on their own, on every core; each to its own files, so the
        // bytes do not depend on the order they are written in.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), all.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (OrgRef org : all) {
                pending.add(pool.submit(() -> {
                    writeOrgPage(org, year, pages, orgPage, siteTable, documents, site.resolve(SitePaths.folder(org.level())));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : pending) await(f);
        } finally {
            pool.shutdownNow();
        }
        write(site.resolve("index.html"), pages.render("home.ftlh", home(year, index, defs, all)));
        write(site.resolve("methodology.html"), pages.render("methodology.ftlh", methodology(year, defs)));
        write(site.resolve("glossary.html"), pages.render("glossary.ftlh", glossary(year)));
        write(site.resolve("sources.html"), pages.render("sources.ftlh", sources(year)));
        write(site.resolve("assets/search-index.js"), searchIndex(all));
        return List.of();
    }

    private void writeOrgPage(OrgRef org, YearFigures year, WebTemplates pages, OrgPage orgPage, TrustSitesTable siteTable,
                              OrgPage.Documents documents, Path dir) throws IOException {
        FiguresIndex index = year.index();
        Map<String, Object> model = common(year.year(), "../");
        model.putAll(orgPage.model(org, documents));
        if (org.level() == Level.TRUST) {
            model.put("sites", siteTable.model(year.figures(), org));
            if (!year.figures().sites().of(org.code()).isEmpty()) {
                siteTable.writeCsv(year.figures(), org, dir.resolve(org.code() + "-sites.csv"));
                model.put("sitesCsv", org.code() + "-sites.csv");
            }
        } else {
            FiguresCsvWriter.write(index.memberTrusts(org).stream().flatMap(t -> index.rowsOf(t).stream()).toList(),
                    dir.resolve(org.code() + "-members.csv"));
            model.put("membersCsv", org.code() + "-members.csv");
        }
        List<uk.nhs.greenbench.model.TrendRow> trends = new ArrayList<>();
        for (IndicatorDefinition d : orgPage.definitions()) index.trend(org.level(), org.code(), d.id()).ifPresent(trends::add);
        if (trends.stream().anyMatch(t -> t.years().size() > 1)) {
            TrendsCsvWriter.write(trends, dir.resolve(org.code() + "-trends.csv"));
            model.put("trendsCsv", org.code() + "-trends.csv");
        }
        model.put("capacity", CapacitySection.model(index, org));
        if (year.figures().capacity().summaryOf(org) != null) {
            List<OrgRef> rows = new ArrayList<>();
            rows.add(org);
            if (org.level() != Level.TRUST) rows.addAll(index.memberTrusts(org));
            uk.nhs.greenbench.report.CapacityCsvWriter.write(year.figures().capacity(), rows, dir.resolve(org.code() + "-capacity.csv"));
            model.put("capacityCsv", org.code() + "-capacity.csv");
        }
        write(dir.resolve(org.code() + ".html"), pages.render("org.ftlh", model));
        FiguresCsvWriter.write(index.rowsOf(org), dir.resolve(org.code() + "-figures.csv"));
    }

    /** Waits for one page; its failure is the run's, as it would have been written in line. */
    private static void await(java.util.concurrent.Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the web site");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private Map<String, Object> common(String year, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("yearLabel", year.replace('-', '/'));
        m.put("root", root);
        m.put("version", version);
        return m;
    }

    private Map<String, Object> home(YearFigures year, FiguresIndex index, List<IndicatorDefinition> defs, List<OrgRef> all) {
        Map<String, Object> m = common(year.year(), "");
        Optional<OrgRef> england = index.orgs(Level.NATIONAL).stream().findFirst();
        m.put("england", england.map(e -> Map.of("name", OrgPage.name(e), "href", SitePaths.page(e))).orElse(null));
        m.put("headlines", OrgPage.headlines(england.map(e -> index.headlines(e, IndicatorDefinition.headlineIds(defs)))
                .orElse(new Headlines(null, null, null, null))));
        m.put("headlineRule", Headlines.RULE);
        List<Map<String, Object>> regions = new ArrayList<>();
        for (OrgRef r : index.orgs(Level.REGION)) {
            List<Map<String, String>> icss = new ArrayList<>();
            for (OrgRef ics : index.areasWithin(r, Level.ICS)) icss.add(Map.of("name", OrgPage.name(ics), "href", SitePaths.page(ics)));
            regions.add(Map.of("name", OrgPage.name(r), "href", SitePaths.page(r), "icss", icss));
        }
        m.put("regions", regions);
        List<Map<String, String>> trusts = new ArrayList<>();
        for (OrgRef t : all) if (t.level() == Level.TRUST) trusts.add(Map.of("name", OrgPage.name(t), "code", t.code(), "href", SitePaths.page(t)));
        m.put("trusts", trusts);
        // The hex map: every ICS's quartile on every indicator it has a standing on; the first such indicator shown.
        Map<String, OrgRef> icss = new TreeMap<>();
        for (OrgRef ics : index.orgs(Level.ICS)) icss.put(ics.code(), ics);
        Map<String, Map<String, QuartilePosition>> positions = new TreeMap<>();
        List<IndicatorDefinition> mapped = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            boolean any = false;
            for (OrgRef ics : icss.values()) {
                Optional<FigureRow> r = index.row(Level.ICS, ics.code(), d.id());
                if (r.isEmpty() || r.get().value() == null || r.get().benchmark().median() == null) continue;
                positions.computeIfAbsent(ics.code(), k -> new TreeMap<>()).put(d.id(), QuartilePosition.of(r.get().value(), r.get().benchmark(), d.polarity()));
                any = true;
            }
            if (any) mapped.add(d);
        }
        IndicatorDefinition shown = mapped.isEmpty() ? null : mapped.get(0);
        String shownId = shown == null ? "" : shown.id(), shownTitle = shown == null ? "" : shown.title();
        m.put("mapIndicators", mapped.stream().map(d -> Map.of("id", d.id(), "title", d.title())).toList());
        m.put("mapShown", shownId);
        m.put("mapShownTitle", shownTitle);
        List<Map<String, String>> mapRows = new ArrayList<>();
        Map<String, String> words = new TreeMap<>();
        Map<String, Map<String, String>> classes = new TreeMap<>();
        for (HexMap.Hex h : hexMap.hexes()) {
            OrgRef ics = icss.get(h.code());
            Map<String, QuartilePosition> byIndicator = positions.getOrDefault(h.code(), Map.of());
            Map<String, String> cls = new TreeMap<>();
            byIndicator.forEach((id, p) -> cls.put(id, SvgSpine.cssClass(p)));
            classes.put(h.code(), cls);
            Optional<FigureRow> r = ics == null ? Optional.empty() : index.row(Level.ICS, ics.code(), shownId);
            String value = r.map(x -> Formats.cell(Formats.value(x.value(), x.value())) + " " + x.unit()).orElse(Formats.CELL_NOT_AVAILABLE);
            QuartilePosition p = byIndicator.get(shownId);
            String position = p == null ? "not placed" : p.label();
            words.put(h.code(), value + ", " + position.toLowerCase(java.util.Locale.UK));
            mapRows.add(Map.of("name", ics == null ? h.name() : OrgPage.name(ics), "href", ics == null ? "" : SitePaths.page(ics),
                    "value", value, "position", position));
        }
        m.put("mapRows", mapRows);
        m.put("hexMap", hexMap.svg("The 42 ICSs coloured by their quartile among all ICSs: " + shownTitle, classes, shownId, words,
                code -> icss.containsKey(code) ? SitePaths.page(icss.get(code)) : null));
        return m;
    }

    private Map<String, Object> methodology(YearFigures year, List<IndicatorDefinition> defs) {
        Map<String, Object> m = common(year.year(), "");
        var figures = year.figures();
        List<Map<String, String>> general = new ArrayList<>();
        for (String[] n : MethodNotes.general(figures.factors(), figures.peers(), figures.checks())) general.add(Map.of("topic", n[0], "text", n[1]));
        m.put("general", general);
        List<Map<String, Object>> list = new ArrayList<>();
        for (IndicatorDefinition d : defs) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", d.id());
            i.put("title", d.title());
            i.put("theme", OrgPage.themeName(d.theme()));
            i.put("unit", d.unit());
            i.put("description", d.description());
            i.put("why", d.whyItMatters() == null ? "" : d.whyItMatters());
            i.put("target", d.target() == null ? "" : d.target());
            i.put("better", d.polarity() == uk.nhs.greenbench.indicator.Polarity.LOW_IS_GOOD ? "Lower is better" : "Higher is better");
            i.put("pricing", MethodNotes.pricing(d));
            i.put("caveats", d.caveats());
            list.add(i);
        }
        m.put("indicators", list);
        return m;
    }

    private Map<String, Object> glossary(YearFigures year) {
        Map<String, Object> m = common(year.year(), "");
        m.put("flags", year.index().glossary().all());
        return m;
    }

    /** The files read (as the manifest lists them, with their SHA-256) and the carbon factors used. */
    private Map<String, Object> sources(YearFigures year) {
        Map<String, Object> m = common(year.year(), "");
        Figures figures = year.figures();
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Figures.InputFile f : figures.inputs()) inputs.add(file(f));
        m.put("inputs", inputs);
        List<Map<String, String>> reference = new ArrayList<>();
        for (Figures.InputFile f : referenceFiles.apply(figures.factors())) reference.add(file(f));
        m.put("reference", reference);
        m.put("factorSet", figures.factors().label());
        List<Map<String, String>> factors = new ArrayList<>();
        for (uk.nhs.greenbench.factor.Factor f : new TreeMap<>(figures.factors().factors()).values()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", f.id());
            row.put("title", f.title() == null ? "" : f.title());
            row.put("value", uk.nhs.greenbench.figures.Numbers.factor(f.value()));
            row.put("unit", f.unit() == null ? "" : f.unit());
            row.put("source", (f.source() == null ? "" : f.source()) + (f.isFallback() ? " (" + f.fallback() + ")" : ""));
            factors.add(row);
        }
        m.put("factors", factors);
        m.put("factorNotes", figures.factors().notes());
        return m;
    }

    private static Map<String, String> file(Figures.InputFile f) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("path", f.path());
        row.put("layout", f.layout() == null ? "" : f.layout());
        row.put("encoding", f.encoding() == null ? "" : f.encoding());
        row.put("sha256", f.sha256() == null ? "" : f.sha256());
        return row;
    }

    /** The search box's list, as a script (a JSON file could not be read from file:// pages). */
    private static String searchIndex(List<OrgRef> all) {
        StringBuilder s = new StringBuilder("window.GREENBENCH_SEARCH = [\n");
        for (OrgRef o : all) {
            s.append("  {\"name\": \"").append(js(OrgPage.name(o))).append("\", \"code\": \"").append(js(o.code())).append("\", \"level\": \"")
                    .append(js(OrgPage.levelName(o.level()))).append("\", \"href\": \"").append(js(SitePaths.page(o))).append("\"},\n");
        }
        return s.append("];\n").toString();
    }

    private static String js(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c == '<' || c == '>' || c == '&') b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private void copyAssets(Path into) throws IOException {
        Files.createDirectories(into);
        try (var files = Files.list(templates.resolve("assets"))) {
            for (Path f : files.sorted().toList()) Files.copy(f, into.resolve(f.getFileName().toString()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
