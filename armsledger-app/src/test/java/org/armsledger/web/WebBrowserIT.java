package org.armsledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.armsledger.cli.Main;
import org.armsledger.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * started here): every page loads without a console error (a CSP violation is one), the ledger's
 * facets filter, a click on a network edge opens its entry, an entry highlights its evidence, and an
 * article carrying script, event handlers and javascript: links renders inert. Screenshots go to
 * {@code armsledger-app/target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserIT {
  static final Path SCREENSHOTS = Path.of("armsledger-app/target/screenshots");

  @TempDir static Path dir;
  Store store;
  Javalin app;
  String base;
  ChromeDriver driver;
  String hostileArticle;

  @BeforeAll
  void start() throws Exception {
    String db = dir.resolve("web.db").toString();
    Path hostile = dir.resolve("hostile.jsonl");
    Files.writeString(hostile, "{\"id\": \"hostile-1\", \"url\": \"javascript:window.pwned=4\", \"outlet\": \"<b>Evil</b> Times\","
        + " \"title\": \"<script>window.pwned=1</script>Hostile headline\", \"published\": \"2024-04-04\", \"text\": \"France delivered"
        + " Caesar howitzers to Armenia, officials said. <img src=x onerror=\\\"window.pwned=2\\\"> and <a href=\\\"javascript:window.pwned=3\\\">click</a>"
        + " <script>window.pwned=5</script> ends here.\"}\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", "--db", db, WebApiContract.SEEDS.toString(),
        WebApiContract.NEWS.toString(), hostile.toString());
    assertThat(code).as(err.toString()).isZero();
    store = Store.open(db);
    hostileArticle = Store.articleId(store.documents("hostile-1").get(0));
    // a change as a watch round records it, its evidence carrying markup
    String entry = firstEntry();
    store.addChanges(List.of(new Store.Change("ch-test-1", "2024-06-01T10:00:00Z#00000", entry, "stage",
        "{\"id\":\"ch-test-1\",\"at\":\"2024-06-01T10:00:00Z\",\"kind\":\"stage\",\"entry\":{\"id\":\"" + entry + "\",\"supplier_id\":\"IRN\","
            + "\"supplier_name\":\"Iran\",\"recipient_id\":\"RUS\",\"recipient_name\":\"Russia\",\"relation\":\"transfer\",\"item\":\"Shahed\","
            + "\"status\":\"delivered\"},\"change\":{\"from\":\"agreed\",\"to\":\"delivered\"},\"evidence\":[{\"claim\":\"c-x\",\"status\":\"delivered\","
            + "\"sentence\":\"Iran delivered drones <img src=x onerror=\\\"window.pwned=7\\\">.\",\"source\":null,\"outlet\":\"<b>Wire</b>\","
            + "\"article_id\":\"" + hostileArticle + "\"}]}")));
    app = new WebApp(store, db, null, dir.resolve("uploads")).create().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();

    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  /** Opens a page, waits for its script to have run, and returns the console's errors meanwhile. */
  List<String> open(String path) {
    driver.manage().logs().get(LogType.BROWSER); // drain earlier entries
    driver.get(base + path);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    sleep(600); // charts draw after DOMContentLoaded
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  void shot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String firstEntry() {
    return store.entries(new org.armsledger.store.Filter("IRN", "RUS", "uav", null, null, null, null), 1, 0).get(0).id();
  }

  @Test
  void everyPageLoadsWithoutAConsoleError() throws Exception {
    for (String[] page : new String[][] {{"/", "ledger"}, {"/entries/" + firstEntry(), "entry"}, {"/actors/IRN", "actor"}, {"/network", "network"},
        {"/articles/" + hostileArticle, "article"}, {"/search?q=drones", "search"}, {"/upload", "upload"}, {"/changes", "changes"}, {"/api/docs", "api-docs"}}) {
      List<String> errors = open(page[0]);
      assertThat(errors).as(page[0]).isEmpty();
      assertThat(driver.getTitle()).as(page[0]).contains("armsledger");
      shot(page[1]);
    }
    // the charts drew on their canvases
    open("/entries/" + firstEntry());
    assertThat(driver.findElements(By.cssSelector("#history-chart canvas"))).isNotEmpty();
    open("/api/docs");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
  }

  @Test
  void theLedgerFiltersByAFacet() {
    open("/");
    int before = Integer.parseInt(driver.findElement(By.id("total")).getText());
    WebElement iran = driver.findElements(By.cssSelector("section[data-facet=supplier] li a")).stream().filter(a -> a.getText().equals("Iran"))
        .findFirst().orElseThrow();
    iran.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("supplier=IRN"));
    int after = Integer.parseInt(driver.findElement(By.id("total")).getText());
    assertThat(after).isPositive().isLessThan(before);
    List<WebElement> rows = driver.findElements(By.cssSelector("#entries tbody tr"));
    assertThat(rows).hasSize(after);
    assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td")).getText()).isEqualTo("Iran"));
  }

  @Test
  void aClickOnANetworkEdgeOpensItsEntry() throws Exception {
    assertThat(open("/network?supplier=IRN&recipient=RUS")).isEmpty();
    WebElement chart = driver.findElement(By.id("network-chart"));
    // where the first edge's curve passes, in the chart's pixels, once the force layout settled
    sleep(2500);
    @SuppressWarnings("unchecked")
    List<Number> p = (List<Number>) ((JavascriptExecutor) driver).executeScript(
        "var c = window.armsledgerNetwork; var s = c.getModel().getSeriesByIndex(0); var d = s.getEdgeData();"
            + " var pts = d.getItemLayout(0); var a = pts[0], b = pts[1], m = pts[2] || [(a[0]+b[0])/2, (a[1]+b[1])/2];"
            + " var x = 0.25*a[0] + 0.5*m[0] + 0.25*b[0], y = 0.25*a[1] + 0.5*m[1] + 0.25*b[1];"
            + " var v = s.coordinateSystem; var q = v.dataToPoint([x, y]); return [q[0], q[1], d.getRawDataItem(0).entry.id];");
    String expected = String.valueOf(p.get(2));
    int w = chart.getRect().getWidth();
    int h = chart.getRect().getHeight();
    new Actions(driver).moveToElement(chart, (int) Math.round(p.get(0).doubleValue()) - w / 2, (int) Math.round(p.get(1).doubleValue()) - h / 2)
        .click().perform();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/entries/"));
    assertThat(driver.getCurrentUrl()).endsWith("/entries/" + expected);
    shot("network-click");
  }

  @Test
  void anEntryHighlightsPartiesItemsAndCuesInItsEvidence() throws Exception {
    open("/entries/" + firstEntry());
    assertThat(driver.findElements(By.cssSelector("blockquote.evidence"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("blockquote.evidence mark.supplier"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("blockquote.evidence mark.cue"))).isNotEmpty();
    ((JavascriptExecutor) driver).executeScript("document.querySelector('h2 + p.legend').scrollIntoView()");
    shot("entry-evidence");
    assertThat(driver.findElements(By.cssSelector("#lines tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
    driver.findElement(By.linkText("article")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/articles/"));
    assertThat(driver.findElements(By.cssSelector("mark.evidence"))).isNotEmpty();
  }

  @Test
  void theChangesPageShowsAWatchRoundsChangeWithItsEvidenceInert() {
    assertThat(open("/changes")).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#changes li.change.stage"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#changes li.change blockquote.evidence")).getText())
        .isEqualTo("Iran delivered drones <img src=x onerror=\"window.pwned=7\">.");
    assertThat(driver.findElement(By.cssSelector("#changes li.change")).getText()).contains("agreed -> delivered").contains("<b>Wire</b>");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : window.pwned;")).isNull();
    driver.findElement(By.cssSelector("#changes li.change a[href^='/entries/']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/entries/"));
  }

  @Test
  void anArticleCarryingScriptAndHandlersRendersInert() throws Exception {
    assertThat(open("/articles/" + hostileArticle)).isEmpty();
    shot("hostile-article");
    Object pwned = ((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : window.pwned;");
    assertThat(pwned).isNull();
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // inert
    }
    String text = driver.findElement(By.cssSelector("article.text")).getText();
    assertThat(text).contains("<img src=x onerror=\"window.pwned=2\">").contains("<script>window.pwned=5</script>");
    assertThat(driver.findElements(By.cssSelector("article.text img, article.text script, article.text a"))).isEmpty();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>window.pwned=1</script>Hostile headline");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script")).stream().map(s -> s.getAttribute("src")).filter(s -> s == null || s.isEmpty()).count())
        .isZero();
  }
}
