package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web site's files read as HTML (jsoup), without a browser: a page for every organisation with figures, every link
 * of a sample of pages resolves to a file of the pack, nothing is fetched from elsewhere, headings go in order, every
 * table has a caption and headers, and each page's CSV is its rows of figures.csv.
 */
class WebSiteFilesTest {
    private static final String YEAR = Packs.LATEST;

    private static Path site() throws Exception {
        return Packs.pack(YEAR).resolve("site");
    }

    private static Document parse(Path page) throws Exception {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void everyOrganisationWithAFigureHasAPageAndItsFiguresAsCsv() throws Exception {
        Map<String, String> folders = Map.of("trust", "trusts", "ics", "ics", "region", "regions", "national", "national");
        Set<String> expected = Packs.figures(YEAR).stream().filter(r -> !r.get("value").isEmpty())
                .map(r -> folders.get(r.get("level")) + "/" + r.get("code")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).hasSizeGreaterThan(250);
        for (String page : expected) {
            assertThat(site().resolve(page + ".html")).exists();
            assertThat(site().resolve(page + "-figures.csv")).exists();
        }
        List<CSVRecord> rj1 = Packs.csv(site().resolve("trusts/RJ1-figures.csv"));
        List<CSVRecord> fromPack = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("code").equals("RJ1")).toList();
        assertThat(rj1).hasSameSizeAs(fromPack);
        for (int i = 0; i < rj1.size(); i++) assertThat(rj1.get(i).values()).isEqualTo(fromPack.get(i).values());
    }

    private static List<Path> samplePages() throws Exception {
        String ics = Packs.figure(YEAR, "trust", "RJ1", "energy-intensity").get("ics_code");
        return List.of(site().resolve("index.html"), site().resolve("methodology.html"), site().resolve("glossary.html"),
                site().resolve("sources.html"), site().resolve("trusts/RJ1.html"),
                site().resolve("trusts/RW5.html"), site().resolve("ics/" + ics + ".html"), site().resolve("regions/Y56.html"),
                site().resolve("national/ENG.html"));
    }

    @Test
    void everyLinkOfASampleOfPagesResolvesToAFileOfThePackAndNothingIsFetchedFromElsewhere() throws Exception {
        int links = 0;
        for (Path page : samplePages()) {
            Document d = parse(page);
            for (Element e : d.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertThat(ref).as(page + ": " + e.outerHtml()).doesNotContain("://").doesNotStartWith("//");
                if (ref.startsWith("#")) {
                    assertThat(d.getElementById(ref.substring(1))).as(page + " anchor " + ref).isNotNull();
                    continue;
                }
                String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
                assertThat(page.getParent().resolve(file).normalize()).as(page + " links to " + ref).exists();
                links++;
            }
        }
        assertThat(links).isGreaterThan(500);
    }

    @Test
    void headingsGoInOrderAndEveryTableHasACaptionAndHeaders() throws Exception {
        for (Path page : samplePages()) {
            Document d = parse(page);
            assertThat(d.select("h1")).as(page + " h1").hasSize(1);
            assertThat(d.select("html").attr("lang")).isEqualTo("en-GB");
            int previous = 1;
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                int level = Integer.parseInt(h.tagName().substring(1));
                assertThat(level).as(page + ": \"" + h.text() + "\" after h" + previous).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            for (Element table : d.select("table")) {
                assertThat(table.select("caption")).as(page + " table caption").hasSize(1);
                assertThat(table.select("thead th[scope=col]")).as(page + " column headers").isNotEmpty();
            }
            for (Element svg : d.select("svg")) assertThat(svg.select("title")).as(page + " svg title").isNotEmpty();
        }
    }

    @Test
    void everyFigureIsInThePageWithoutJavaScript() throws Exception {
        Document d = parse(site().resolve("trusts/RJ1.html"));
        List<String> missing = new ArrayList<>();
        for (CSVRecord f : Packs.figures(YEAR)) {
            if (!f.get("level").equals("trust") || !f.get("code").equals("RJ1")) continue;
            if (f.get("quality_flags").contains("not_supplied")) {
                // An indicator with no data supplied is named once, not shown as a row of n/a.
                assertThat(d.select("p.note").text()).contains("No data supplied for").contains(Fixtures.title(f.get("indicator")));
                continue;
            }
            Element row = d.selectFirst("tr[data-indicator=" + f.get("indicator") + "]");
            if (row == null || !row.attr("data-value").equals(f.get("value"))) missing.add(f.get("indicator"));
            assertThat(d.getElementById(f.get("indicator"))).as("card of " + f.get("indicator")).isNotNull();
        }
        assertThat(missing).isEmpty();
        // The home page lists every trust as a link, so a reader without the search box still finds them all.
        long trusts = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && !r.get("value").isEmpty())
                .map(r -> r.get("code")).distinct().count();
        assertThat(parse(site().resolve("index.html")).select("ul.columns a[href^=trusts/]")).hasSize((int) trusts);
        assertThat(Files.readString(site().resolve("assets/search-index.js"))).contains("\"code\": \"RJ1\"");
    }
}
