package uk.nhs.greenbench.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The pack's web site opened from disk in headless Chromium, as a user would: it loads with no console error, the
 * search finds a trust and goes to its page, an ICS page links to its trusts, the map's indicator switch recolours
 * the map, the figures shown are figures.csv's, no page has a serious or critical accessibility violation (axe-core),
 * and screenshots at desktop and phone widths are saved for a person to look at.
 */
// The browser does its work in its own process: the class runs beside the others, its tests one after another
// (they share one browser; a lock on the class runs its methods in one thread).
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.parallel.ResourceLock("chromium")
class WebSiteBrowserTest {
    private static final String YEAR = Packs.LATEST;
    private static ChromeDriver browser;
    private static Path site;

    @BeforeAll
    static void openTheSiteInChromium() throws Exception {
        site = Packs.pack(YEAR).resolve("site");
        browser = Browser.open();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) browser.quit();
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    private static CSVRecord figure(String level, String code, String indicator) throws Exception {
        return Packs.figure(YEAR, level, code, indicator);
    }

    @Test
    void theHomePageLoadsWithoutConsoleErrorsAndSearchFindsGuysThenGoesToItsPage() throws Exception {
        Browser.consoleErrors(browser); // what earlier tests left in the log (axe's own requests) is read and dropped
        browser.get(url("index.html"));
        assertThat(browser.getTitle()).contains("Sustainability opportunities");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys("Guy's");
        WebElement result = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#search-results a"))
                .stream().filter(a -> a.getText().contains("Guy's and St Thomas'")).findFirst().orElse(null));
        result.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/trusts/RJ1.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Guy's and St Thomas'").contains("RJ1");
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void anIcsPageLinksToEachOfItsMemberTrusts() throws Exception {
        String ics = figure("trust", "RJ1", "energy-intensity").get("ics_code");
        browser.get(url("ics/" + ics + ".html"));
        List<String> members = browser.findElements(By.cssSelector("#members ~ .table-wrap tbody a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        List<String> expected = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("ics_code").equals(ics)
                && r.get("indicator").equals("energy-intensity")).map(r -> r.get("code")).toList();
        assertThat(expected).contains("RJ1");
        assertThat(members).hasSameSizeAs(expected);
        for (String code : expected) assertThat(members).anySatisfy(h -> assertThat(h).endsWith("/trusts/" + code + ".html"));
        browser.findElement(By.cssSelector("#members ~ .table-wrap tbody a[href$='RJ1.html']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("RJ1");
    }

    @Test
    void theFiguresATrustsPageShowsAreFiguresCsvs() throws Exception {
        browser.get(url("trusts/RJ1.html"));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-indicator]"));
        assertThat(rows).hasSizeGreaterThan(25);
        int compared = 0;
        for (WebElement row : rows) {
            CSVRecord f = figure("trust", "RJ1", row.getAttribute("data-indicator"));
            assertThat(row.getAttribute("data-value")).as(f.get("indicator")).isEqualTo(f.get("value"));
            String shown = row.findElements(By.tagName("td")).get(0).getText().replace(",", "");
            if (f.get("value").isEmpty()) {
                assertThat(shown).isEqualTo("n/a");
                continue;
            }
            double value = Double.parseDouble(f.get("value"));
            // Shown to 3 significant figures or better, as the reports show it.
            assertThat(Double.parseDouble(shown)).as(f.get("indicator")).isCloseTo(value, within(Math.max(0.005, Math.abs(value) * 0.005)));
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
        String typical = browser.findElement(By.cssSelector("[data-figure='typical-gbp']")).getAttribute("data-raw");
        double sum = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("code").equals("RJ1"))
                .filter(r -> Fixtures.headline(r.get("indicator"))).mapToDouble(r -> r.get("saving_typical_gbp").isEmpty() ? 0 : Packs.num(r, "saving_typical_gbp")).sum();
        assertThat(Double.parseDouble(typical)).isCloseTo(sum, within(0.5));
    }

    @Test
    void theMapsIndicatorSwitchRecoloursEveryHexFromItsOwnFigures() {
        browser.get(url("index.html"));
        List<WebElement> hexes = browser.findElements(By.cssSelector(".hexmap polygon"));
        assertThat(hexes).hasSize(42);
        Select select = new Select(browser.findElement(By.id("map-indicator")));
        assertThat(browser.findElement(By.id("map-indicator")).isDisplayed()).isTrue();
        select.selectByValue("water-intensity");
        for (WebElement hex : hexes) {
            String expected = hex.getAttribute("data-water-intensity");
            assertThat(hex.getAttribute("class")).isEqualTo("q-" + (expected == null ? "none" : expected));
        }
        assertThat(browser.findElement(By.id("map-shown-title")).getText()).isEqualTo(Fixtures.title("water-intensity"));
        // Each hex is a link to its ICS's page.
        assertThat(browser.findElements(By.cssSelector(".hexmap a"))).hasSize(42)
                .allSatisfy(a -> assertThat(site.resolve(a.getDomAttribute("href"))).exists());
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() throws Exception {
        String ics = figure("trust", "RJ1", "energy-intensity").get("ics_code");
        for (String page : List.of("index.html", "trusts/RJ1.html", "ics/" + ics + ".html", "regions/Y56.html", "national/ENG.html")) {
            browser.get(url(page));
            long start = System.nanoTime();
            // The WCAG 2.0-2.2 A and AA rules, which the site is held to.
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(browser);
            System.out.printf("axe: %s in %.1f s%n", page, (System.nanoTime() - start) / 1e9);
            List<String> serious = results.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(WebSiteBrowserTest::describe).toList();
            assertThat(serious).as(page).isEmpty();
        }
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList();
    }

    @Test
    void screenshotsOfTheHomePageAndATrustPageAtDesktopAndPhoneWidthsAreSaved() throws Exception {
        for (int width : new int[]{1280, 375}) {
            for (String[] page : new String[][]{{"index.html", "home"}, {"trusts/RJ1.html", "RJ1"}}) {
                Path shot = Browser.screenshot(browser, url(page[0]), width, page[1] + "-" + width);
                assertThat(Files.size(shot)).isGreaterThan(10_000);
                // Readable at 320-375 px: nothing wider than the window makes the page scroll sideways.
                long overflow = ((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                if (width == 375) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 900));
                    browser.get(url(page[0]));
                    overflow = ((Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
                }
                assertThat(overflow).as(page[1] + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(0);
            }
        }
    }
}
