/* perskamer: the search box on the home page.
   The index is a set of small script files in zoek/ (search.py says what each holds),
   loaded with <script> elements as they are needed, so search works from a web server
   and from a folder opened as files alike; nothing is asked of any other host. What is
   typed is split and stemmed exactly as the index was made (stemmer-nl.js). */
(function () {
  "use strict";
  var box = document.getElementById("zoeken");
  if (!box || typeof window.perskamerStem !== "function") return;
  var input = box.querySelector("input[type=search]");
  var status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  var more = box.querySelector(".search-more");
  var filterBox = box.querySelector(".search-filters");
  if (!input || !status || !list || !more || !filterBox) return;  // a home page template of its own, without our search box
  var base = new URL(box.getAttribute("data-index") || "zoek/index.js", document.baseURI);
  var PAGE = 10;
  var FILTER_LABELS = { ambitie: "Ambitie", datum: "Datum" };

  // -- loading the index's files -------------------------------------------------
  var loading = {};
  var index = null;
  var shards = {};
  var fragments = {};
  var waiting = {};
  window.perskamerZoek = {
    index: function (value) { index = value; settle("index.js", value); },
    words: function (value) { shards[value.key] = value.terms; settle("woorden/" + value.key + ".js", value.terms); },
    fragment: function (value) { fragments[value.id] = value; settle("verslag/" + value.id + ".js", value); }
  };
  function settle(name, value) { if (waiting[name]) { waiting[name](value); delete waiting[name]; } }
  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = new URL(name, base).href;
        script.async = true;
        script.onerror = function () { delete loading[name]; reject(new Error(name)); };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  // -- words and terms, as search_text.py makes them ------------------------------------
  var WORD = /[\p{L}\p{N}]+/gu;
  function words(text) { return text.normalize("NFC").toLowerCase().match(WORD) || []; }
  function termsOf(word) {
    var out = [];
    index.stemmers.forEach(function (name) {
      var stem = window.perskamerStem(name, word);
      if (out.indexOf(stem) < 0) out.push(stem);
    });
    return out;
  }
  function shardKey(term) {
    var key = "";
    for (var ch of term.slice(0, 2)) key += /[a-z0-9]/.test(ch) ? ch : "_" + ch.codePointAt(0).toString(16) + "_";
    return key;
  }
  function termShards(term) { return index.shards.indexOf(shardKey(term)) >= 0 ? [shardKey(term)] : []; }

  // -- a query -----------------------------------------------------------------------
  /** Per query word: the index terms it matches and their weight: its own stems (1), and any term that begins
      with one of its stems or with the word as typed (0.5: "speelpleinen" finds "speelpleinwerking", "vrijw" finds "vrijwilliger"). */
  function matches(word) {
    var found = {};
    var stems = termsOf(word);
    var starts = stems.concat([word]).filter(function (s, i, all) { return s.length >= 3 && all.indexOf(s) === i; });
    stems.forEach(function (t) {
      var shard = shards[shardKey(t)];
      if (shard && shard[t]) found[t] = 1;
    });
    starts.forEach(function (start) {
      var shard = shards[shardKey(start)];
      if (!shard) return;
      for (var t in shard) if (!(t in found) && t.lastIndexOf(start, 0) === 0) found[t] = 0.5;
    });
    return found;
  }

  function run(query) {
    var qs = words(query).filter(function (w) { return w.length >= index.min_word; });
    var needed = {};
    qs.forEach(function (w) {
      termShards(w).forEach(function (k) { needed[k] = 1; });
      termsOf(w).forEach(function (t) { termShards(t).forEach(function (k) { needed[k] = 1; }); });
    });
    return Promise.all(Object.keys(needed).map(function (k) { return load("woorden/" + k + ".js"); })).then(function () {
      var n = index.docs.length;
      var scores = null;
      var hitTerms = {};
      qs.forEach(function (w) {
        var found = matches(w);
        var mine = {};
        Object.keys(found).forEach(function (t) {
          hitTerms[t] = 1;
          var post = shards[shardKey(t)][t];
          var idf = Math.log(1 + n / (post.length / 2));
          for (var i = 0; i < post.length; i += 2) {
            var c = post[i + 1];
            mine[post[i]] = (mine[post[i]] || 0) + found[t] * idf * c / (c + 1.2);
          }
        });
        if (scores === null) { scores = mine; return; }
        var both = {};
        Object.keys(scores).forEach(function (d) { if (d in mine) both[d] = scores[d] + mine[d]; });
        scores = both;
      });
      var docs;
      if (scores === null) docs = qs.length || !anyFilter() ? [] : index.docs.map(function (_s, i) { return i; });
      else docs = Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      return { words: qs, terms: hitTerms, docs: docs };
    });
  }

  // -- filters -------------------------------------------------------------------------
  var chosen = {};
  function anyFilter() { return Object.keys(chosen).some(function (k) { return chosen[k].length; }); }
  function passes(doc) {
    return Object.keys(chosen).every(function (name) {
      var values = chosen[name];
      return !values.length || values.some(function (v) { return index.filters[name][v].indexOf(doc) >= 0; });
    });
  }
  function drawFilters(docs) {
    var names = Object.keys(index.filters).sort(function (a, b) { return a === "ambitie" ? -1 : b === "ambitie" ? 1 : a < b ? -1 : 1; });
    if (!names.length) return;
    var inResult = {};
    docs.forEach(function (d) { inResult[d] = 1; });
    var fresh = !filterBox.firstChild;
    names.forEach(function (name) {
      var set = filterBox.querySelector("fieldset[data-filter='" + name + "']");
      if (!set) {
        set = document.createElement("fieldset");
        set.setAttribute("data-filter", name);
        var legend = document.createElement("legend");
        legend.textContent = FILTER_LABELS[name] || name;
        set.appendChild(legend);
        Object.keys(index.filters[name]).sort(function (a, b) { return a.localeCompare(b, "nl"); }).forEach(function (value, i) {
          var id = "zoekfilter-" + name + "-" + i;
          var row = document.createElement("div");
          var check = document.createElement("input");
          check.type = "checkbox";
          check.id = id;
          check.value = value;
          check.addEventListener("change", function () {
            chosen[name] = [].slice.call(set.querySelectorAll("input:checked")).map(function (c) { return c.value; });
            search();
          });
          var label = document.createElement("label");
          label.htmlFor = id;
          label.appendChild(document.createTextNode(value + " "));
          var count = document.createElement("span");
          count.className = "n";
          label.appendChild(count);
          row.appendChild(check);
          row.appendChild(label);
          set.appendChild(row);
        });
        filterBox.appendChild(set);
      }
      [].forEach.call(set.querySelectorAll("input"), function (check) {
        var members = index.filters[name][check.value];
        var n = docs.length ? members.filter(function (d) { return d in inResult; }).length : members.length;
        check.nextSibling.lastChild.textContent = "(" + n + ")";
      });
    });
    if (fresh) filterBox.hidden = false;
  }

  // -- results -------------------------------------------------------------------------
  /** A stretch of the report's text around its hits, with the hits marked. */
  function excerpt(text, result) {
    var tokens = [];
    var re = /[\p{L}\p{N}]+/gu;
    var m;
    var normal = text.normalize("NFC");
    while ((m = re.exec(normal))) tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
    function hit(tok) {
      if (tok.word.length < index.min_word) return false;
      if (termsOf(tok.word).some(function (t) { return t in result.terms; })) return true;
      return result.words.some(function (w) { return w.length >= 3 && tok.word.lastIndexOf(w, 0) === 0; });
    }
    var hits = tokens.map(hit);
    var SPAN = 30;
    var best = 0, bestCount = -1;
    for (var i = 0; i < tokens.length; i++) {
      if (!hits[i]) continue;
      var count = 0;
      for (var j = i; j < Math.min(tokens.length, i + SPAN); j++) if (hits[j]) count++;
      if (count > bestCount) { bestCount = count; best = Math.max(0, i - 5); }
    }
    var end = Math.min(tokens.length, best + SPAN);
    var out = document.createElement("p");
    out.className = "search-excerpt";
    if (!tokens.length) return out;
    var from = tokens[best].start;
    var to = end < tokens.length ? tokens[end - 1].end : normal.length;
    if (best > 0) out.appendChild(document.createTextNode("… "));
    var at = from;
    for (var k = best; k < end; k++) {
      if (!hits[k]) continue;
      out.appendChild(document.createTextNode(normal.slice(at, tokens[k].start).replace(/\s+/g, " ")));
      var mark = document.createElement("mark");
      mark.textContent = normal.slice(tokens[k].start, tokens[k].end);
      out.appendChild(mark);
      at = tokens[k].end;
    }
    out.appendChild(document.createTextNode(normal.slice(at, to).replace(/\s+/g, " ")));
    if (end < tokens.length) out.appendChild(document.createTextNode(" …"));
    return out;
  }

  function item(frag, result) {
    var li = document.createElement("li");
    li.className = "search-result";
    var h = document.createElement("h3");
    var a = document.createElement("a");
    a.href = new URL(frag.url, document.baseURI).href;
    a.textContent = frag.title;
    h.appendChild(a);
    li.appendChild(h);
    var meta = [frag.meta.datum, frag.meta.sessie].filter(Boolean).join(" · ");
    if (meta) {
      var p = document.createElement("p");
      p.className = "search-meta";
      p.textContent = meta;
      li.appendChild(p);
    }
    li.appendChild(excerpt(frag.text, result));
    return li;
  }

  var shown = [];
  var current = null;
  var generation = 0;
  function show(result, from) {
    var mine = generation;
    var page = result.docs.slice(from, from + PAGE);
    return Promise.all(page.map(function (d) { return load("verslag/" + index.docs[d] + ".js"); })).then(function () {
      if (mine !== generation) return;
      page.forEach(function (d) { list.appendChild(item(fragments[index.docs[d]], result)); });
      shown = result.docs.slice(0, from + page.length);
      more.hidden = shown.length >= result.docs.length;
    });
  }

  function say(query, n) {
    var quoted = "“" + query.trim() + "”";
    if (!query.trim()) status.textContent = n === 1 ? "1 verslag" : n + " verslagen";
    else if (!n) status.textContent = "Niets gevonden voor " + quoted;
    else status.textContent = (n === 1 ? "1 verslag" : n + " verslagen") + " gevonden voor " + quoted;
  }

  var timer = null;
  function search() {
    var query = input.value;
    var mine = ++generation;
    run(query).then(function (result) {
      if (mine !== generation) return;
      drawFilters(result.docs);
      result.docs = result.docs.filter(passes);
      current = result;
      list.textContent = "";
      more.hidden = true;
      if (!query.trim() && !anyFilter()) { status.textContent = ""; return; }
      say(query, result.docs.length);
      return show(result, 0);
    }).catch(function () {
      if (mine === generation) status.textContent = "Zoeken lukt niet: een deel van de zoekindex kon niet geladen worden.";
    });
  }

  // -- keyboard: arrows move between the box and the results, Escape clears ----------------
  function links() { return [].slice.call(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) { e.preventDefault(); links()[0].focus(); }
    else if (e.key === "Escape") { input.value = ""; search(); }
  });
  list.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" && at + 1 < all.length) { e.preventDefault(); all[at + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (at ? all[at - 1] : input).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); input.focus(); }
  });
  more.addEventListener("click", function () {
    if (!current) return;
    var next = shown.length;
    show(current, next).then(function () { var all = links(); if (all[next]) all[next].focus(); });
  });
  box.querySelector("form").addEventListener("submit", function (e) { e.preventDefault(); search(); });

  /** For scripts and tests: the reports (fragment names) a query finds, best first, once the first page's fragments are loaded. */
  window.perskamerZoek.search = function (query) {
    return load("index.js").then(function () { return run(query); }).then(function (result) {
      return Promise.all(result.docs.slice(0, PAGE).map(function (d) { return load("verslag/" + index.docs[d] + ".js"); }))
        .then(function () { return result.docs.map(function (d) { return index.docs[d]; }); });
    });
  };

  load("index.js").then(function () {
    if (!index || index.version !== 1) throw new Error("index version");
    box.hidden = false;
    drawFilters([]);
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 120); });
    if (input.value) search();
  }).catch(function () {
    box.hidden = false;
    input.disabled = true;
    status.textContent = "Zoeken is niet beschikbaar: de zoekindex (zoek/index.js) kon niet geladen worden.";
  });
})();
