package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.page.PageTestCase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill-down in headless Chromium: package, then class, then the class's invariants, by clicking links. */
class HtmlDrillDownInBrowserTests {

    /** Each visible row of a table as its cells' text joined by |, rows joined by newlines. */
    private static final String ROWS = "function rows(selector) { return Array.prototype.filter.call("
            + "page.document.querySelectorAll(selector + ' tbody tr'), function (r) { return !r.hidden; })"
            + ".map(function (r) { return Array.prototype.map.call(r.cells, function (c) { return c.textContent.trim(); })"
            + ".join('|'); }).join('\\n'); }\n"
            + "function ids() { return Array.prototype.filter.call(page.document.querySelectorAll('#invariants tbody tr'),"
            + " function (r) { return !r.hidden; }).map(function (r) { return r.querySelector('td.id').textContent; }).join(','); }\n"
            + "function click(selector) { page.document.querySelector(selector).click(); }\n";

    @TempDir
    Path reportDir;

    private Chromium chromium;
    private Path page;

    @BeforeEach
    void writeReport() {
        chromium = Chromium.require();
        page = HtmlVerdictInBrowserTests.run(reportDir, PageTestCase.class, "0.8");
    }

    @Test
    @DisplayName("should count each status per package and per class, with the coverage beside a bar")
    void tables() throws Exception {
        String text = chromium.inFrame(page, "", ROWS + "done(rows('#packages') + '\\n--\\n' + rows('#classes'));");

        assertThat(text).isEqualTo("""
                dev.invariants.junit.fixtures.page.fees|2|5|1|3|1|0|40.0%
                dev.invariants.junit.fixtures.page.ledger|1|2|1|1|0|0|50.0%
                --
                Fees|3|1|1|1|0|66.7%
                Rounding|2|0|2|0|0|0.0%
                Ledger|2|1|1|0|0|50.0%""");
    }

    @Test
    @DisplayName("should narrow classes and invariants to a package, then to a class, by following their links")
    void drillDown() throws Exception {
        String text = chromium.inFrame(page, "", ROWS
                + "click('#packages a[href$=\"page.fees\"]');"
                + "setTimeout(function () { var pkg = page.location.hash + '\\n' + rows('#classes').split('\\n').map(function (r) {"
                + "  return r.split('|')[0]; }).join(',') + '\\n' + ids();"
                + "  click('#classes tr[data-owner$=\".Fees\"] a');"
                + "  setTimeout(function () {"
                + "    var d = page.document, rule = d.querySelector('#invariants tr:not([hidden]) td.rule');"
                + "    done(pkg + '\\n' + page.location.hash + '\\n' + ids() + '\\n' + d.getElementById('crumbs').textContent"
                + "      + '\\n' + d.querySelector('#invariants tr:not([hidden]) details').textContent"
                + "      + '\\nrule ' + Math.round(rule.getBoundingClientRect().width)"
                + "      + '\\ntop ' + Math.round(d.getElementById('invariants-section').getBoundingClientRect().top));"
                + "  }, 200); }, 200);");

        String[] lines = text.split("\n");
        assertThat(lines[0]).isEqualTo("#package=dev.invariants.junit.fixtures.page.fees");
        assertThat(lines[1]).isEqualTo("Fees,Rounding");
        assertThat(lines[2]).isEqualTo("fee-cap,fee-waived-for-staff,round-never-negative,round-to-cent,fee-rejects-negative");
        assertThat(lines[3]).isEqualTo("#class=dev.invariants.junit.fixtures.page.fees.Fees");
        assertThat(lines[4]).isEqualTo("fee-cap,fee-waived-for-staff,fee-rejects-negative");
        assertThat(lines[5]).isEqualTo("every package › dev.invariants.junit.fixtures.page.fees › Fees");
        assertThat(lines[6]).as("the tests that checked the violated rule, open").isEqualTo("2PageTestCase › capsLargeFees() violated itPageTestCase › chargesSmallFees()");
        assertThat(Integer.parseInt(lines[7].substring(5))).as("width of the rule at 1280 px: %s", lines[7]).isGreaterThanOrEqualTo(300);
        assertThat(Integer.parseInt(lines[8].substring(4))).as("the class's invariants scrolled into view: %s", lines[8])
                .isBetween(-5, 5);
    }

    @Test
    @DisplayName("should sort the classes by coverage when its header is clicked")
    void sortByCoverage() throws Exception {
        String text = chromium.inFrame(page, "", ROWS + "click('#classes thead th:last-child');"
                + "done(rows('#classes').split('\\n').map(function (r) { return r.split('|')[0]; }).join(','));");

        assertThat(text).isEqualTo("Rounding,Ledger,Fees");
    }
}
