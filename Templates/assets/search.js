// Offline search over window.DOSSIER_SEARCH (assets/search-index.js). No network, works
// from file://. Results are built with textContent and DOM nodes, never innerHTML.
// The index (megabytes for a large dossier) is loaded only when a reader first uses the
// search field, with a script element (not fetch, which browsers refuse from file://).
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var output = document.getElementById("search-results");
  if (!form || !input || !output) return;
  var root = document.documentElement.getAttribute("data-root") || "";
  var labels = { a: form.getAttribute("data-articles"), e: form.getAttribute("data-entities"), t: form.getAttribute("data-events") };
  form.hidden = false;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/’/g, "'");
  }

  var items = null;      // the index, each item with its words ready to match
  var waiting = null;    // what to do once the index is there
  var loading = false;

  function prepare() {
    items = (window.DOSSIER_SEARCH || []).map(function (item) {
      item.words = " " + item.s.replace(/[^a-z0-9']+/g, " ") + " ";
      return item;
    });
  }

  function withIndex(then) {
    if (items) { then(); return; }
    if (window.DOSSIER_SEARCH) { prepare(); then(); return; }
    waiting = then;
    if (loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () {
      prepare();
      if (waiting) { var next = waiting; waiting = null; next(); }
    };
    script.onerror = function () { loading = false; };
    document.head.appendChild(script);
  }

  function search(query) {
    // Split as the index is split, so « etats-unis » finds « États-Unis ».
    var words = fold(query).replace(/[^a-z0-9']+/g, " ").split(" ").filter(function (w) { return w.length > 0; });
    if (words.length === 0) return [];
    var found = [];
    for (var i = 0; i < items.length && found.length < 30; i++) {
      var text = items[i].words;
      var all = words.every(function (w) { return text.indexOf(" " + w) !== -1; });
      if (all) found.push(items[i]);
    }
    var rank = { e: 0, a: 1, t: 2 };
    found.sort(function (x, y) { return rank[x.k] - rank[y.k]; });
    return found;
  }

  function show(results, query) {
    output.replaceChildren();
    if (query.trim() === "") { output.hidden = true; return; }
    output.hidden = false;
    if (results.length === 0) {
      var none = document.createElement("p");
      none.textContent = form.getAttribute("data-none");
      output.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    results.forEach(function (item) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + item.p;
      link.textContent = item.l;
      var detail = document.createElement("span");
      detail.className = "meta";
      detail.textContent = " " + labels[item.k] + (item.d ? " · " + item.d : "");
      li.appendChild(link);
      li.appendChild(detail);
      list.appendChild(li);
    });
    output.appendChild(list);
  }

  input.addEventListener("focus", function () { withIndex(function () {}); });
  input.addEventListener("input", function () {
    withIndex(function () { show(search(input.value), input.value); });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = output.querySelector("a");
    if (first) window.location.href = first.href;
  });
})();
