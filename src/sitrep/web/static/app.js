// sitrep: the map and its table, and picking evidence words. Pages work without this file.
"use strict";

(function () {
  const mapEl = document.getElementById("map");
  if (mapEl && window.L) startMap(mapEl);
  const editForm = document.getElementById("edit-form");
  if (editForm) startEvidencePicking(editForm);

  function startMap(el) {
    const map = L.map(el, { worldCopyJump: true, maxZoom: 18 }).setView([15, 20], 2);  // MAP_START_ZOOM
    const attribution = el.dataset.attribution || "";
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, maxNativeZoom: el.dataset.attribution ? 6 : 18, attribution: attribution }).addTo(map);
    const clusters = L.markerClusterGroup({ chunkedLoading: true, iconCreateFunction: clusterIcon, maxClusterRadius: 50 });
    const grid = L.layerGroup();
    clusters.addTo(map);
    grid.addTo(map);
    let types = [];
    let request = 0;
    let fitted = false;

    function typeOf(markers) {
      const counts = {};
      let best = 0, bestCount = -1;
      markers.forEach(function (m) {
        const t = m.options.kind;
        counts[t] = (counts[t] || 0) + 1;
        if (counts[t] > bestCount) { best = t; bestCount = counts[t]; }
      });
      return best;
    }

    function clusterIcon(cluster) {
      const n = cluster.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 38 : 46;
      return L.divIcon({ html: String(n), className: "cluster t" + typeOf(cluster.getAllChildMarkers()), iconSize: [size, size] });
    }

    function pointMarker(p) {
      const m = L.marker([p[0], p[1]], { kind: p[2], icon: L.divIcon({ className: "pt t" + p[2], iconSize: [14, 14] }) });
      m.bindPopup(function () {
        const a = document.createElement("a");
        a.href = "/events/" + encodeURIComponent(p[3]);
        a.textContent = (types[p[2]] || "event") + " — open";
        return a;
      });
      return m;
    }

    function cellMarker(c) {
      let best = 0;
      c[3].forEach(function (n, i) { if (n > c[3][best]) best = i; });
      const size = Math.min(60, 24 + Math.log(c[2]) * 5);
      const m = L.marker([c[0], c[1]], { icon: L.divIcon({ html: String(c[2]), className: "cluster t" + best, iconSize: [size, size] }) });
      m.on("click", function () { map.setView([c[0], c[1]], Math.min(map.getZoom() + 2, 18)); });
      return m;
    }

    function bboxText() {
      const b = map.getBounds();
      const f = function (x) { return x.toFixed(4); };
      return [f(Math.max(b.getWest(), -540)), f(Math.max(b.getSouth(), -90)), f(Math.min(b.getEast(), 540)), f(Math.min(b.getNorth(), 90))].join(",");
    }

    function load() {
      const mine = ++request;
      const params = new URLSearchParams(el.dataset.qs);
      if (fitted) params.set("bbox", bboxText());
      params.set("zoom", String(map.getZoom()));
      // the first request is the one the page's head preloads: the same URL, so no second trip
      const url = fitted ? "/api/map?" + params.toString() : el.dataset.first;
      fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data || mine !== request) return;
          types = data.types;
          clusters.clearLayers();
          grid.clearLayers();
          clusters.addLayers(data.points.map(pointMarker));
          data.grid.forEach(function (c) { grid.addLayer(cellMarker(c)); });
          if (!fitted) {
            fitted = true;
            const all = data.points.map(function (p) { return [p[0], p[1]]; }).concat(data.grid.map(function (c) { return [c[0], c[1]]; }));
            if (all.length) map.fitBounds(L.latLngBounds(all).pad(0.2), { maxZoom: 7 });
          }
          el.dataset.loaded = String(data.points.length + data.grid.length);
          // when the first view's markers are on the map: what the latency benchmark reads
          if (window.performance && !performance.getEntriesByName("sitrep-map-drawn").length) performance.mark("sitrep-map-drawn");
        });
    }

    function follow() {
      const box = document.getElementById("follow");
      if (!box || !box.checked || !fitted) return;
      const bbox = bboxText();
      const input = document.getElementById("bbox");
      if (input) input.value = bbox;
      const table = document.getElementById("table");
      if (!table) return;
      const params = new URLSearchParams(table.dataset.qs);
      params.set("bbox", bbox);
      fetch("/table?" + params.toString(), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null) return;
          const doc = new DOMParser().parseFromString(html, "text/html");
          const fresh = doc.getElementById("table");
          if (fresh) table.replaceWith(fresh);
        });
      document.querySelectorAll("a.export").forEach(function (a) {
        const p = new URLSearchParams(a.search);
        p.set("bbox", bbox);
        a.search = p.toString();
      });
    }

    map.on("moveend", function () { load(); follow(); });
    load();
  }

  function startEvidencePicking(form) {
    const article = document.getElementById("article");
    if (!article) return;
    let chosen = null;
    function originOf(node, offset) {
      const el = node.nodeType === 3 ? node.parentElement : node;
      if (!el || !el.dataset || el.dataset.o === undefined || el.dataset.o === "") return null;
      return Number(el.dataset.o) + (node.nodeType === 3 ? offset : 0);
    }
    document.addEventListener("selectionchange", function () {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!article.contains(range.commonAncestorContainer)) return;
      const start = originOf(range.startContainer, range.startOffset);
      const end = originOf(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      chosen = { start: start, end: end, text: sel.toString() };
    });
    form.querySelectorAll("button.use-selection").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () {
        if (!chosen) { b.textContent = "select words first"; return; }
        const field = b.dataset.field;
        form.elements["span_" + field].value = chosen.start + "-" + chosen.end;
        form.elements["evidence_" + field].value = "span";
        form.elements["words_" + field].value = chosen.text.slice(0, 1000);
      });
    });
  }
})();
