/* greenbench web pages: search as you type, the map's indicator switch and sortable tables. Everything these do is
   also on the page without JavaScript (the lists of regions, ICSs and trusts; the map's table). */
(function () {
  "use strict";
  var root = (document.querySelector('link[rel="stylesheet"]').getAttribute("href") || "").replace("assets/site.css", "");

  function normalise(s) {
    return s.toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, " ").trim();
  }

  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (input && results && window.GREENBENCH_SEARCH) {
    input.addEventListener("input", function () {
      var q = normalise(input.value);
      results.innerHTML = "";
      if (q.length < 2) return;
      var found = window.GREENBENCH_SEARCH.filter(function (o) {
        return normalise(o.name).indexOf(q) >= 0 || o.code.toLowerCase() === q;
      }).slice(0, 12);
      if (found.length === 0) {
        var none = document.createElement("li");
        none.textContent = "No trust, ICS or region matches \u201c" + input.value + "\u201d.";
        results.appendChild(none);
        return;
      }
      found.forEach(function (o) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + o.href;
        a.textContent = o.name + " (" + o.code + ")";
        li.appendChild(a);
        li.appendChild(document.createTextNode(" \u2013 " + o.level));
        results.appendChild(li);
      });
    });
    input.form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = results.querySelector("a");
      if (first) window.location.href = first.href;
    });
  }

  var select = document.getElementById("map-indicator");
  if (select) {
    var controls = select.closest(".map-controls");
    if (controls) controls.hidden = false;
    var shownTitle = document.getElementById("map-shown-title");
    select.addEventListener("change", function () {
      var id = select.value;
      document.querySelectorAll(".hexmap polygon").forEach(function (p) {
        p.setAttribute("class", "q-" + (p.getAttribute("data-" + id) || "none"));
      });
      if (shownTitle) shownTitle.textContent = select.options[select.selectedIndex].text;
    });
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (o) { o.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var ca = a.cells[column], cb = b.cells[column];
          var x = ca.textContent, y = cb.textContent;
          var nx = parseFloat(ca.getAttribute("data-sort")), ny = parseFloat(cb.getAttribute("data-sort"));
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
