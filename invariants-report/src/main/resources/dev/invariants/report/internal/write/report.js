(function () {
  "use strict";
  // The whole view lives in the address (#status=unchecked&class=com.acme.Fees&sort=id): a link shares it,
  // a summary card or a drill-down link is a plain link, Back goes back. Values are encoded, any character.
  var KEYS = ["filter", "status", "signal", "package", "class", "sort", "order", "tests"];
  var table = document.getElementById("invariants");
  var filter = document.getElementById("filter");
  var status = document.getElementById("status");
  var shown = document.getElementById("shown");
  var crumbs = document.getElementById("crumbs");
  var tests = document.getElementById("tests");
  var testsShown = document.getElementById("tests-shown");
  var classes = document.getElementById("classes");
  var state = {};
  var sorted = null;

  // A hand-typed address may hold a bare "%" (#filter=100%): taken literally, not thrown on.
  function decode(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text.replace(/%([0-9A-Fa-f]{2})/g, function (escape, hex) { return String.fromCharCode(parseInt(hex, 16)); });
    }
  }

  function params() {
    var result = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) { result[decode(pair.slice(0, i))] = decode(pair.slice(i + 1)); }
    });
    return result;
  }

  function address(values) {
    var parts = [];
    KEYS.forEach(function (k) { if (values[k]) { parts.push(k + "=" + encodeURIComponent(values[k])); } });
    return parts.length ? "#" + parts.join("&") : "#";
  }

  function remember() {
    history.replaceState(null, "", address(state) === "#" ? location.pathname + location.search : address(state));
  }

  function has(list, word) {
    return (" " + (list || "") + " ").indexOf(" " + word + " ") >= 0;
  }

  // A large report writes the rows that need nothing in a <template> (never laid out at load): they join
  // their table once a view could show them.
  function materialize(templateId, tableElement) {
    var template = document.getElementById(templateId);
    if (template) {
      var base = tableElement.tBodies[0].rows.length;
      Array.prototype.forEach.call(template.content.children, function (row, i) { row.order = base + i; });
      tableElement.tBodies[0].appendChild(template.content);
      template.parentNode.removeChild(template);
      sorted = null;
    }
  }

  function deferredRows(templateId) {
    var template = document.getElementById(templateId);
    return template ? parseInt(template.getAttribute("data-rows"), 10) : 0;
  }

  function apply() {
    if (state.filter || state.status === "checked" || state["package"] || state["class"] || state.sort) {
      materialize("settled-rows", table);
    }
    if (state.tests === "all") { materialize("settled-tests", tests); }
    sortFromState();
    var text = (state.filter || "").toLowerCase();
    var rows = table.tBodies[0].rows, visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var show = (!state.status || row.getAttribute("data-status") === state.status)
          && (!state.signal || has(row.getAttribute("data-signals"), state.signal))
          && (!state["package"] || row.getAttribute("data-package") === state["package"])
          && (!state["class"] || row.getAttribute("data-owner") === state["class"])
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !show;
      if (show) { visible++; }
    }
    var settled = deferredRows("settled-rows");
    shown.textContent = visible + " of " + (rows.length + settled) + " shown";
    if (settled) {
      shown.appendChild(document.createTextNode("; " + settled + " checked without signals not listed: "));
      shown.appendChild(link("list them", { status: "checked" }));
    }
    Array.prototype.forEach.call(classes.tBodies[0].rows, function (row) {
      row.hidden = !!state["package"] && row.getAttribute("data-package") !== state["package"];
    });
    var flag = state.tests && state.tests !== "all" ? state.tests : "", testsVisible = 0;
    Array.prototype.forEach.call(tests.tBodies[0].rows, function (row) {
      row.hidden = !!flag && !has(row.getAttribute("data-flags"), flag);
      if (!row.hidden) { testsVisible++; }
    });
    testsShown.textContent = testsVisible + " of " + (tests.tBodies[0].rows.length + deferredRows("settled-tests")) + " tests"
        + (flag ? " (" + flag + ")" : "") + (deferredRows("settled-tests") ? "; the unflagged ones are listed under every test" : "");
    drawCrumbs();
  }

  function link(text, values) {
    var a = document.createElement("a");
    a.href = address(values);
    a.textContent = text;
    return a;
  }

  // All › package › Class, and the other filters in force, each a link that drops what follows it.
  function drawCrumbs() {
    crumbs.textContent = "";
    var pkg = state["package"], cls = state["class"];
    if (cls && !pkg) { pkg = cls.lastIndexOf(".") > 0 ? cls.slice(0, cls.lastIndexOf(".")) : ""; }
    crumbs.appendChild(link("every package", {}));
    if (pkg !== undefined && (state["package"] || cls)) {
      crumbs.appendChild(document.createTextNode(" › "));
      crumbs.appendChild(link(pkg || "(default package)", { "package": pkg }));
    }
    if (cls) {
      crumbs.appendChild(document.createTextNode(" › "));
      var b = document.createElement("b");
      b.textContent = cls.slice(cls.lastIndexOf(".") + 1);
      crumbs.appendChild(b);
    }
    ["status", "signal"].forEach(function (k) {
      if (state[k]) { crumbs.appendChild(document.createTextNode(" · " + k + ": " + state[k])); }
    });
  }

  var NATURAL = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

  function key(cell, type) {
    var raw = cell.getAttribute("data-sort") || cell.textContent;
    return type === "number" ? parseFloat(raw) || 0 : raw.toLowerCase();
  }

  function sort(tableElement, column, descending) {
    var header = tableElement.tHead.rows[0].cells[column];
    var type = header.getAttribute("data-type");
    var body = tableElement.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[column], type), y = key(b.cells[column], type);
      // text the way people count: step-2 before step-10, Fees.java:9 before Fees.java:26
      var order = type === "number" ? (x < y ? -1 : x > y ? 1 : 0) : NATURAL.compare(x, y);
      return order * (descending ? -1 : 1) || a.order - b.order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(tableElement.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  // The invariants table as written: problems first.
  function unsort() {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) { return a.order - b.order; });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
  }

  function sortFromState() {
    var wanted = (state.sort || "") + "|" + (state.order || "");
    if (wanted === sorted) { return; }
    sorted = wanted;
    var headers = table.tHead.rows[0].cells;
    for (var c = 0; c < headers.length; c++) {
      if (state.sort && headers[c].textContent.replace(/ [▲▼]$/, "") === state.sort) {
        sort(table, c, state.order === "desc");
        return;
      }
    }
    unsort();
  }

  // the order rows were written in (problems first), to go back to when a sort is dropped
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (tableElement) {
    Array.prototype.forEach.call(tableElement.tBodies[0].rows, function (row, i) { row.order = i; });
  });

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (tableElement) {
    Array.prototype.forEach.call(tableElement.tHead.rows[0].cells, function (th, column) {
      th.addEventListener("click", function () {
        if (tableElement === table) { materialize("settled-rows", table); }
        if (tableElement === tests) { materialize("settled-tests", tests); }
        var descending = th.getAttribute("aria-sort") === "ascending";
        sort(tableElement, column, descending);
        if (tableElement === table) {
          state.sort = th.textContent;
          state.order = descending ? "desc" : "";
          sorted = state.sort + "|" + state.order;
          remember();
        }
      });
    });
  });

  function load() {
    state = params();
    filter.value = state.filter || "";
    status.value = state.status || "";
    apply();
  }

  filter.addEventListener("input", function () { state.filter = filter.value; remember(); apply(); });
  status.addEventListener("change", function () { state.status = status.value; remember(); apply(); });
  window.addEventListener("hashchange", function () {
    // A plain anchor (#baseline) is a place on the page, not a view: the view stays as it is.
    var anchor = location.hash.slice(1);
    if (anchor && anchor.indexOf("=") < 0 && document.getElementById(anchor)) { return; }
    load();
    // a card or a drill-down link was followed: show what it chose
    var target = state.tests ? "tests-section" : "invariants-section";
    document.getElementById(target).scrollIntoView();
  });
  load();
})();
