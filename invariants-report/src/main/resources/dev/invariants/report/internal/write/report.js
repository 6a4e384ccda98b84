(function () {
  "use strict";
  var table = document.getElementById("invariants");
  var filter = document.getElementById("filter");
  var status = document.getElementById("status");
  var shown = document.getElementById("shown");

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

  function remember() {
    var parts = [];
    if (filter.value) { parts.push("filter=" + encodeURIComponent(filter.value)); }
    if (status.value) { parts.push("status=" + encodeURIComponent(status.value)); }
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname);
  }

  function apply() {
    var text = filter.value.toLowerCase();
    var rows = table.tBodies[0].rows, visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var show = (!status.value || row.getAttribute("data-status") === status.value)
          && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !show;
      if (show) { visible++; }
    }
    shown.textContent = visible + " of " + rows.length + " shown";
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
      return order * (descending ? -1 : 1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(tableElement.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (tableElement) {
    Array.prototype.forEach.call(tableElement.tHead.rows[0].cells, function (th, column) {
      th.addEventListener("click", function () {
        sort(tableElement, column, th.getAttribute("aria-sort") === "ascending");
      });
    });
  });

  var initial = params();
  filter.value = initial.filter || "";
  status.value = initial.status || "";
  if (initial.sort) {
    var headers = table.tHead.rows[0].cells;
    for (var c = 0; c < headers.length; c++) {
      if (headers[c].textContent === initial.sort) { sort(table, c, initial.order === "desc"); }
    }
  }
  filter.addEventListener("input", function () { apply(); remember(); });
  status.addEventListener("change", function () { apply(); remember(); });
  apply();
})();
