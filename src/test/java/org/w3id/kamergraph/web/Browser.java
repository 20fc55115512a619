package org.w3id.kamergraph.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}): no browser is downloaded. Where neither is installed the tests are
 * skipped with a message, unless {@code KAMERGRAPH_BROWSER_TESTS=required} (as CI sets it), which
 * makes the absence a failure. Paths can be given with {@code -Dkamergraph.chromium=…} and {@code
 * -Dkamergraph.chromedriver=…}.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("kamergraph.basedir", ".")).resolve("target/screenshots");

  final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  static Browser start() {
    Path chromium = found("kamergraph.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Path driverExe =
        found("kamergraph.chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    boolean required = "required".equals(System.getenv("KAMERGRAPH_BROWSER_TESTS"));
    if (chromium == null || driverExe == null) {
      String why =
          "browser tests skipped: chromium and chromedriver not found (apt-get install chromium"
              + " chromium-driver)";
      if (required) {
        throw new IllegalStateException(why.replace("skipped", "required"));
      }
      assumeTrue(false, why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverExe.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(d);
  }

  private static Path found(String property, String... candidates) {
    String given = System.getProperty(property);
    if (given != null) {
      return Files.isExecutable(Path.of(given)) ? Path.of(given) : null;
    }
    for (String c : candidates) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path out = SCREENSHOTS.resolve(name + ".png");
    Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return out;
  }

  /** The console's errors since the last call (script errors, refused loads). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
