/* Samverkan Kalmar län – network pictures.
 * Draws the network held in <script type="application/json" id="viz-data"> with vis-network
 * (served from the installed pyvis package, or inlined: no network access needed).
 * Layout: the positions come from the server (physics off), so the picture is settled when drawn.
 * Labels: only the most central nodes (n.central) carry theirs until the reader zooms in.
 * Keyboard: vis-network's own frame is the Tab stop (an application named by the picture's title):
 * arrows pan, +/- zoom (vis-network), N/P select the next/previous node by centrality, Enter opens the
 * selected node's page, Escape clears. Whatever selects a node (click, keys, the find field) shows its
 * name, kind, tooltip and a link to its page in the live panel #viz-selected.
 * Tables .viz-sortable: a button in each header cell sorts by that column (aria-sort tells which).
 * window.samverkanViz tells tests and scripts how it went (ready, physics, nodeCount, stabilisedMs,
 * labels(), selected).
 */
(function () {
  "use strict";

  function tip(text) {
    var el = document.createElement("div");
    el.className = "viz-tip";
    el.textContent = text;
    return el;
  }

  /* Sortable tables: each header cell's button sorts the body rows by its column; numbers (data-type
   * num, the cells' data-sort) start descending, text ascending; a second press reverses. */
  function sortTables() {
    var tables = document.querySelectorAll("table.viz-sortable");
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.tHead ? table.tHead.rows[0].cells : [];
      Array.prototype.forEach.call(heads, function (th, col) {
        var button = th.querySelector("button");
        if (!button) { return; }
        button.addEventListener("click", function () {
          var numeric = th.getAttribute("data-type") === "num";
          var now = th.getAttribute("aria-sort");
          var dir = now ? (now === "ascending" ? "descending" : "ascending") : (numeric ? "descending" : "ascending");
          Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", dir);
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var key = function (row) {
            var cell = row.cells[col];
            if (numeric) { return parseFloat(cell.getAttribute("data-sort")) || 0; }
            return (cell.textContent || "").trim().toLocaleLowerCase();
          };
          var sign = dir === "ascending" ? 1 : -1;
          rows.map(function (row, i) { return { row: row, key: key(row), i: i }; })
            .sort(function (a, b) {
              var c = numeric ? a.key - b.key : a.key.localeCompare(b.key);
              return c !== 0 ? sign * c : a.i - b.i;
            })
            .forEach(function (item) { body.appendChild(item.row); });
          var order = table.querySelector("caption .viz-order");
          var words = (table.getAttribute("data-words") || "sorted by|ascending|descending").split("|");
          if (order) {
            order.textContent = ", " + words[0] + " " + button.textContent.trim().toLocaleLowerCase() + " ("
              + (dir === "ascending" ? words[1] : words[2]) + ")";
          }
        });
      });
    });
  }

  function start() {
    sortTables();
    var holder = document.getElementById("viz-data");
    var container = document.getElementById("viz-network");
    var status = document.getElementById("viz-status");
    var state = { ready: false, physics: null, nodeCount: 0, edgeCount: 0, stabilisedMs: null, error: null };
    window.samverkanViz = state;
    if (!holder || !container) { return; }
    if (typeof vis === "undefined") {
      state.error = "vis-network did not load";
      if (status) { status.textContent = "Kunde inte ladda vis-network."; }
      return;
    }
    var data = JSON.parse(holder.textContent);
    var t0 = performance.now();
    state.nodeCount = data.nodes.length;
    state.edgeCount = data.edges.length;
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return Object.assign({}, n, { title: n.title ? tip(n.title) : undefined });
    }));
    var allLabels = false;
    function showAllLabels(on) {
      if (on === allLabels) { return; }
      allLabels = on;
      nodes.update(data.nodes.filter(function (n) { return !n.central; }).map(function (n) {
        return { id: n.id, label: on ? n.fullLabel : " " };
      }));
    }
    /* the labels drawn now: every node's whose label is not blank */
    state.labels = function () {
      return nodes.get().filter(function (n) { return n.label && n.label.trim(); }).map(function (n) { return n.label; });
    };
    var edges = new vis.DataSet(data.edges.map(function (e) {
      return Object.assign({}, e, { title: e.title ? tip(e.title) : undefined });
    }));
    var hidden = {};
    var view = new vis.DataView(nodes, { filter: function (n) { return !hidden[n.kind]; } });
    var network = new vis.Network(container, { nodes: view, edges: edges }, data.options);
    state.network = network;
    state.nodes = nodes;
    state.edges = edges;

    function done() {
      if (state.ready) { return; }
      network.setOptions({ physics: false });
      state.physics = false;
      network.fit({ animation: false });
      state.ready = true;
      state.stabilisedMs = Math.round(performance.now() - t0);
      container.setAttribute("data-ready", "true");
      if (status) {
        var words = (data.meta && data.meta.words) || { nodes: "noder", edges: "kanter" };
        status.textContent = data.nodes.length + " " + words.nodes + ", " + data.edges.length + " " + words.edges;
      }
    }
    network.once("stabilizationIterationsDone", done);
    var physics = data.options.physics;
    if (!physics || physics.enabled === false || data.nodes.length === 0) {
      network.once("afterDrawing", done);
    }
    window.setTimeout(done, 20000);
    network.on("zoom", function () { showAllLabels(network.getScale() >= 1.2); });

    var words = (data.meta && data.meta.words) || {};
    var kinds = (data.meta && data.meta.kinds) || {};
    var panel = document.getElementById("viz-selected");
    /* the node's name, kind, tooltip and (on the server) a link to its page, in the live panel */
    function announce(n, extra) {
      state.selected = n ? n.id : null;
      if (!panel) { return; }
      panel.textContent = "";
      if (!n) {
        var none = document.createElement("p");
        none.className = "muted";
        none.textContent = extra || words.none || "";
        panel.appendChild(none);
        return;
      }
      var name = document.createElement("p");
      var strong = document.createElement("strong");
      strong.className = "viz-selected-name";
      strong.textContent = n.fullLabel || n.id;
      name.appendChild(strong);
      name.appendChild(document.createTextNode(" – " + (kinds[n.kind] || n.kind || "") + (extra ? " (" + extra + ")" : "")));
      panel.appendChild(name);
      var source = data.nodes.filter(function (d) { return d.id === n.id; })[0];
      var lines = source && source.title ? source.title.split("\n").slice(1) : [];
      if (lines.length && lines[0] === kinds[n.kind]) { lines.shift(); }  /* the kind is said above */
      var text = lines.join("\n");
      if (text) {
        var detail = document.createElement("p");
        detail.className = "viz-tip";
        detail.textContent = text;
        panel.appendChild(detail);
      }
      if (n.href) {
        var p = document.createElement("p");
        var a = document.createElement("a");
        a.href = n.href;
        a.textContent = (words.open || "Öppna sidan för") + " " + (n.fullLabel || n.id);
        p.appendChild(a);
        panel.appendChild(p);
      }
    }
    function select(id, focusView) {
      network.selectNodes([id]);
      if (focusView) { network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false }); }
      announce(nodes.get(id));
    }

    network.on("click", function (params) {
      if (params.nodes.length !== 1) { return; }
      var n = nodes.get(params.nodes[0]);
      announce(n);
      /* the node's page on this server (keeping date and language) as Enter opens it; offline, its IRI */
      var to = n && (n.href || n.url);
      if (to) { window.location.assign(to); }
    });

    /* keyboard: vis-network's frame is the Tab stop; N/P step through the visible nodes by centrality */
    var frame = container.querySelector(".vis-network");
    /* by the size measure, then by name: the order of the nodes table */
    var order = data.nodes.slice().sort(function (a, b) {
      var x = (a.fullLabel || "").toLowerCase(), y = (b.fullLabel || "").toLowerCase();
      return (b.value || 0) - (a.value || 0) || (x < y ? -1 : x > y ? 1 : 0);
    }).map(function (n) { return n.id; });
    if (frame) {
      frame.setAttribute("role", "application");
      frame.setAttribute("aria-label", container.getAttribute("aria-label") || "");
      frame.setAttribute("aria-describedby", "viz-keys");
      frame.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey) { return; }
        var key = event.key;
        if (key === "n" || key === "N" || key === "p" || key === "P") {
          var shown = order.filter(function (id) { var n = nodes.get(id); return n && !hidden[n.kind]; });
          if (!shown.length) { return; }
          var at = shown.indexOf(state.selected);
          var step = key.toLowerCase() === "n" ? 1 : -1;
          var next = at < 0 ? (step > 0 ? 0 : shown.length - 1) : (at + step + shown.length) % shown.length;
          select(shown[next], true);
          event.preventDefault();
        } else if (key === "Enter" && state.selected) {
          var n = nodes.get(state.selected);
          var to = n && (n.href || n.url);
          if (to) { window.location.assign(to); }
          event.preventDefault();
        } else if (key === "Escape") {
          network.unselectAll();
          announce(null);
        }
      });
    }

    var boxes = document.querySelectorAll("input[data-viz-kind]");
    Array.prototype.forEach.call(boxes, function (box) {
      box.addEventListener("change", function () {
        if (box.checked) { delete hidden[box.getAttribute("data-viz-kind")]; }
        else { hidden[box.getAttribute("data-viz-kind")] = true; }
        view.refresh();
      });
    });

    var search = document.getElementById("viz-search");
    if (search) {
      search.addEventListener("change", function () {
        var q = search.value.trim().toLowerCase();
        if (!q) { network.unselectAll(); announce(null); return; }
        var hits = nodes.get({ filter: function (n) {
          return (n.fullLabel || n.label || "").toLowerCase().indexOf(q) >= 0;
        } });
        if (hits.length) {
          network.selectNodes(hits.map(function (n) { return n.id; }));
          network.focus(hits[0].id, { scale: 1.2, animation: false });
          announce(hits[0], hits.length > 1 ? hits.length + " " + (words.hits || "") : "");
        } else {
          network.unselectAll();
          announce(null, (words.nohit || "") + " “" + search.value.trim() + "”.");
        }
      });
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
}());
