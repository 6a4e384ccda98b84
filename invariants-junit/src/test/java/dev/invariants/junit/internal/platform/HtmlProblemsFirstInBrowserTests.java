package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.page.PageTestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The invariants table in headless Chromium: problems first, cards that filter, the view kept in the address. */
class HtmlProblemsFirstInBrowserTests {

    /** The ids of the visible rows of the invariants table, in order, then the address: what the script hands back. */
    private static final String VISIBLE = "function visible() { return Array.prototype.filter.call("
            + "page.document.querySelectorAll('#invariants tbody tr'), function (r) { return !r.hidden; })"
            + ".map(function (r) { return r.querySelector('td.id').textContent; }).join(',') + ' ' + page.location.hash; }\n";

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
    @DisplayName("should list violated, then unchecked, then those with signals, then the rest")
    void problemsFirst() throws Exception {
        String dom = chromium.dumpDom(page.toUri().toString());

        List<String> ids = new ArrayList<>();
        Matcher row = Pattern.compile("<tr data-status=\"([a-z]+)\"[^>]*>.*?<td class=\"id\">([^<]+)</td>").matcher(dom);
        while (row.find()) {
            ids.add(row.group(1) + " " + row.group(2));
        }
        // unchecked in report order (class, then line, then id); post-adds carries happy-path-only
        assertThat(ids).containsExactly("violated fee-cap", "unchecked fee-waived-for-staff",
                "unchecked round-never-negative", "unchecked round-to-cent", "unchecked close-zeroes",
                "checked post-adds", "checked fee-rejects-negative");
    }

    @Test
    @DisplayName("should filter the table when a summary card is clicked, and keep the filter in the address")
    void cardsFilter() throws Exception {
        String unchecked = chromium.inFrame(page, "", VISIBLE
                + "page.document.querySelector('a.card.unchecked').click();"
                + "setTimeout(function () { done(visible()); }, 200);");
        String signal = chromium.inFrame(page, "", VISIBLE
                + "page.document.querySelector('a.card[data-key=\"happy-path-only\"]').click();"
                + "setTimeout(function () { done(visible() + ' ' + page.document.getElementById('shown').textContent); }, 200);");
        String vacuous = chromium.inFrame(page, "", "page.document.querySelector('a.card.vacuous').click();"
                + "setTimeout(function () { done(Array.prototype.filter.call(page.document.querySelectorAll('#tests tbody tr'),"
                + " function (r) { return !r.hidden; }).map(function (r) { return r.cells[0].textContent; }).join(',')"
                + " + ' ' + page.location.hash); }, 200);");

        assertThat(unchecked).isEqualTo("fee-waived-for-staff,round-never-negative,round-to-cent,close-zeroes #status=unchecked");
        assertThat(signal).isEqualTo("post-adds #signal=happy-path-only 1 of 7 shown");
        assertThat(vacuous).isEqualTo("PageTestCase › checksNothing() #tests=vacuous");
    }

    @Test
    @DisplayName("should keep any typed filter in the address and restore it exactly from there")
    void filterSurvivesAnyCharacters() throws Exception {
        String typed = "a&b=c#d%e f/\u00fc\"<x>+";
        String hash = chromium.inFrame(page, "", "var f = page.document.getElementById('filter');"
                + "f.value = " + js(typed) + "; f.dispatchEvent(new Event('input')); done(page.location.hash);");

        String restored = chromium.inFrame(page, hash, "done(page.document.getElementById('filter').value + '|'"
                + " + page.document.getElementById('shown').textContent);");

        assertThat(hash).startsWith("#filter=").doesNotContain("&b=", "#d", "\"");
        assertThat(restored).isEqualTo(typed + "|0 of 7 shown");
    }

    @Test
    @DisplayName("should keep a sort clicked on a header in the address, and go back to problems first without it")
    void sortInAddress() throws Exception {
        String clicked = chromium.inFrame(page, "", VISIBLE
                + "var id = page.document.querySelectorAll('#invariants thead th')[1]; id.click(); id.click(); done(visible());");
        String restored = chromium.inFrame(page, "#sort=id&order=desc&status=unchecked", VISIBLE
                + "page.location.hash = '#status=unchecked'; setTimeout(function () { done(visible()); }, 200);");

        assertThat(clicked).isEqualTo("round-to-cent,round-never-negative,post-adds,fee-waived-for-staff,"
                + "fee-rejects-negative,fee-cap,close-zeroes #sort=id&order=desc");
        assertThat(restored).as("without sort= the table is in problems-first order again")
                .isEqualTo("fee-waived-for-staff,round-never-negative,round-to-cent,close-zeroes #status=unchecked");
    }

    @Test
    @DisplayName("should list the flagged tests first, each with what it checked, its assertions and its flags")
    void testsView() throws Exception {
        String text = chromium.inFrame(page, "#tests=all", "done(Array.prototype.map.call(page.document.querySelectorAll("
                + "'#tests tbody tr'), function (r) { return r.getAttribute('data-flags') + ':' + Array.prototype.map.call(r.cells,"
                + " function (c) { return c.textContent; }).slice(0, 6).join('|'); }).join('\\n'));");

        List<String> rows = List.of(text.split("\n"));
        assertThat(rows.subList(0, 2)).as("flagged first").containsExactly(
                "failed:PageTestCase › capsLargeFees()|FAILED|1|fee-cap|0|",
                "vacuous:PageTestCase › checksNothing()|SUCCESSFUL|0||0|vacuous");
        assertThat(rows.subList(2, rows.size())).as("then the rest, in start order").containsExactlyInAnyOrder(
                ":PageTestCase › chargesSmallFees()|SUCCESSFUL|1|fee-cap|1|",
                ":PageTestCase › rejectsNegativeAmounts()|SUCCESSFUL|1|fee-rejects-negative|1|",
                ":PageTestCase › postsEntries()|SUCCESSFUL|1|post-adds|0|");
    }

    private static String js(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 128 && Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}
