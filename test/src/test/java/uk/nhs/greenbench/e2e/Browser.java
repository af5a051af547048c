package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Chromium as the tests' browser: Debian's {@code chromium} driven through its {@code chromedriver}, named
 * explicitly so that Selenium never tries to download a driver. Without them the browser tests are skipped on a
 * developer machine and fail under CI ({@code .ci/run} installs both).
 */
final class Browser {
    private Browser() {
    }

    private static Path first(List<String> candidates) {
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return Path.of(c);
        return null;
    }

    static ChromeDriver open() {
        Path chromium = first(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        Path driver = first(List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        if (chromium == null || driver == null) {
            if ("true".equals(System.getenv("CI"))) throw new AssertionError("Chromium and chromedriver must be installed in CI (.ci/run installs chromium and chromium-driver)");
            Assumptions.abort("Chromium or chromedriver is not installed here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1280,1000", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Errors the page wrote to the browser's console (script errors, missing files). */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(e -> e.getMessage()).toList();
    }

    /** A full-page screenshot at a width, saved under test/target/screenshots/ for a person to look at. */
    static Path screenshot(ChromeDriver driver, String url, int width, String name) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(url);
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Packs.home().resolve("test/target/screenshots").resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return target;
    }
}
