package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test helper: one headless Chromium (Debian's {@code chromium} and {@code chromedriver}) with a fresh profile,
 * which opens a page at a viewport size, waits for a CSS selector, fails on any console error and saves screenshots
 * under {@code target/screenshots/}.
 */
final class HeadlessBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** How long a page may take to show what a test waits for: generous, the build machine may be busy. */
  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path profile;
  private final ChromeDriver driver;
  private final Duration patience;

  private HeadlessBrowser(Path profile, ChromeDriver driver, Duration patience) {
    this.profile = profile;
    this.driver = driver;
    this.patience = patience;
  }

  /** A new browser with an empty profile: no cookies, no local storage, no network but what a page asks for. */
  static HeadlessBrowser start() {
    return start(PATIENCE);
  }

  /** A new browser waiting at most {@code patience} for a selector. */
  static HeadlessBrowser start(Duration patience) {
    Path profile;
    try {
      profile = Files.createTempDirectory("phasewise-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
    return new HeadlessBrowser(profile, new ChromeDriver(service, options), patience);
  }

  /**
   * Opens {@code url} in a viewport of {@code width} x {@code height} CSS pixels, waits until an element matching
   * {@code selector} is visible, and fails if the console has an error (an uncaught exception, a failed request,
   * a Content-Security-Policy violation, a {@code console.error}).
   */
  void open(URI url, int width, int height, String selector) {
    open(url, width, height, selector, "");
  }

  /** Opens a page as {@link #open(URI, int, int, String)} does, letting console errors containing {@code expected} pass. */
  void open(URI url, int width, int height, String selector, String expected) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    driver.get(url.toString());
    waitFor(selector, expected);
  }

  /** Waits until an element matching {@code selector} is visible, then checks the console as {@link #open} does. */
  void waitFor(String selector) {
    waitFor(selector, "");
  }

  /**
   * Waits as {@link #waitFor(String)} does, but lets console errors containing {@code expected} pass (empty: none), e.g. the
   * failed requests of a refused token, which Chromium logs as errors.
   */
  void waitFor(String selector, String expected) {
    try {
      new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
    } catch (TimeoutException e) {
      throw new AssertionError("no visible " + selector + " within " + patience.toSeconds() + " s on "
          + driver.getCurrentUrl() + consoleSuffix(), e);
    }
    List<LogEntry> errors = console().stream().filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(entry -> expected.isEmpty() || !entry.getMessage().contains(expected)).collect(Collectors.toList());
    if (!errors.isEmpty()) throw new AssertionError("console errors on " + driver.getCurrentUrl() + ":\n" + lines(errors));
  }

  /** Clicks the first visible element matching {@code selector}. */
  void click(String selector) {
    new WebDriverWait(driver, patience).until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
  }

  /** Scrolls the first element matching {@code selector} to the middle of the viewport, e.g. before a screenshot. */
  void scrollTo(String selector) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.cssSelector(selector)));
  }

  /** The attribute {@code name} of the first element matching {@code selector}, null without it. */
  String attribute(String selector, String name) {
    return driver.findElement(By.cssSelector(selector)).getAttribute(name);
  }

  /** How many elements match {@code selector} now. */
  int count(String selector) {
    return driver.findElements(By.cssSelector(selector)).size();
  }

  /** The text of the first element matching {@code selector}. */
  String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getText();
  }

  /** The value of a JavaScript expression in the page, e.g. what a chart library says about the charts it drew. */
  Object evaluate(String expression) {
    return driver.executeScript("return " + expression + ";");
  }

  /** The browser console since the last call, every level. */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** Saves what the viewport shows as {@code target/screenshots/<name>.png} and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      return Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private String consoleSuffix() {
    List<LogEntry> entries = console();
    return entries.isEmpty() ? "" : "; console:\n" + lines(entries);
  }

  private static String lines(List<LogEntry> entries) {
    return entries.stream().map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n"));
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the browser profile " + profile, e);
    }
  }
}
