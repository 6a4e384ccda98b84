package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.ledger.AccountTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html as a browser shows it: what a run wrote, opened in headless Chromium, its DOM read after its script ran. */
class HtmlReportInBrowserTests {

    @TempDir
    Path reportDir;

    private Chromium chromium;
    private String page;

    @BeforeEach
    void writeReport() {
        chromium = Chromium.require();
        FixtureRun.of(AccountTestCase.class)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.ledger")
                .execute();
        page = reportDir.resolve("index.html").toUri().toString();
    }

    @Test
    @DisplayName("should render the summary and one row per declared invariant, without any network")
    void summaryAndTable() throws Exception {
        String dom = chromium.dumpDom(page);

        assertThat(dom).contains("<title>Invariants report: 60.0% checked</title>");
        assertThat(dom).contains("<a class=\"card coverage\" data-key=\"coverage\" href=\"#\"><b>60.0%</b>");
        assertThat(dom).contains("<a class=\"card unchecked\" data-key=\"unchecked\" href=\"#status=unchecked\"><b>2</b>");
        assertThat(count(dom, "<tr data-status=")).isEqualTo(5);
        assertThat(dom).contains("5 of 5 shown");
        assertThat(Files.readString(reportDir.resolve("index.html"))).doesNotContain("http://", "https://", "src=");
    }

    @Test
    @DisplayName("should show a display name holding <script> as text, never run it")
    void escaping() throws Exception {
        String dom = chromium.dumpDom(page);

        assertThat(dom).doesNotContain("<title>pwned</title>");
        assertThat(dom).contains("&lt;script&gt;document.title='pwned'&lt;/script&gt; reads the balance");
        assertThat(dom).doesNotContain("<script>document.title");
    }

    @Test
    @DisplayName("should filter by status from the address, so a filtered view can be shared as a link")
    void filterByStatus() throws Exception {
        String dom = chromium.dumpDom(page + "#status=unchecked");

        assertThat(dom).contains("2 of 5 shown");
        assertThat(dom).containsPattern("<tr data-status=\"checked\"[^>]* hidden=\"\">");
        assertThat(dom).doesNotContainPattern("<tr data-status=\"unchecked\"[^>]* hidden");
    }

    @Test
    @DisplayName("should filter by text and sort by a column from the address")
    void filterAndSort() throws Exception {
        String dom = chromium.dumpDom(page + "#filter=deposit&sort=checks&order=desc");

        // The text filter matches ids and the tests that checked a row: deposit-adds, deposit-rejects-negative,
        // and balance-non-negative (checked by depositsAmount()).
        assertThat(dom).contains("3 of 5 shown");
        assertThat(dom).containsPattern("<tr data-status=\"unchecked\"[^>]* hidden=\"\">");
        assertThat(dom).contains("<th data-type=\"number\" aria-sort=\"descending\">checks</th>");
        // deposit-adds (2 checks) sorts before deposit-rejects-negative (1 check) when descending.
        assertThat(dom.indexOf(">deposit-adds<")).isLessThan(dom.indexOf(">deposit-rejects-negative<"));
    }

    @Test
    @DisplayName("should take a bare % in the address literally, and still filter (no URIError)")
    void barePercent() throws Exception {
        // decodeURIComponent("100%") throws; the page then stopped before filtering and showed every row.
        String dom = chromium.dumpDom(page + "#status=unchecked&filter=100%");

        // No row holds the text "100%": the filter applied, and the status filter beside it too.
        assertThat(dom).contains("0 of 5 shown");
        assertThat(count(dom, " hidden=\"\"><td data-sort=")).as("every invariant row hidden").isEqualTo(5);
        String escaped = chromium.dumpDom(page + "#filter=%64eposit");
        assertThat(escaped).as("a valid escape still decodes (%%64 is d), as filterAndSort's deposit").contains("3 of 5 shown");
    }

    @Test
    @DisplayName("should show which test checked which invariant in the grid")
    void grid() throws Exception {
        String dom = chromium.dumpDom(page);

        String row = dom.substring(dom.indexOf("AccountTestCase › depositsAmount()</th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        // Columns in report order: balance-non-negative (2 checks), deposit-adds (2), deposit-rejects-negative,
        // Account.balance#1, close-empties.
        assertThat(row).contains("<td class=\"hit\">2</td><td class=\"hit\">2</td><td></td><td></td><td></td>");
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    @DisplayName("should sort ids with numbers in them the way people count: step-2 before step-10")
    void naturalSort() throws Exception {
        Path naturalDir = reportDir.resolve("natural");
        FixtureRun.of(AccountTestCase.class)
                .configuration("invariants.report.dir", naturalDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.natural")
                .execute();

        String dom = chromium.dumpDom(naturalDir.resolve("index.html").toUri() + "#sort=id");

        assertThat(dom).contains("<th data-type=\"text\" aria-sort=\"ascending\">id</th>");
        int first = dom.indexOf(">step-1<");
        int second = dom.indexOf(">step-2<");
        int tenth = dom.indexOf(">step-10<");
        assertThat(first).isPositive();
        // as text, step-10 would come between step-1 and step-2
        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(tenth);
        // The grid's columns follow the report's order: ids of one line as people count them, not as text.
        String grid = dom.substring(dom.indexOf("<table id=\"grid\">"));
        assertThat(grid.indexOf("<span>calc-1</span>")).isPositive().isLessThan(grid.indexOf("<span>calc-2</span>"));
        assertThat(grid.indexOf("<span>calc-2</span>")).isLessThan(grid.indexOf("<span>calc-10</span>"));
    }
}
