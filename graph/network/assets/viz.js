/* Samverkan Kalmar län – network pictures.
 * Draws the network held in <script type="application/json" id="viz-data"> with vis-network
 * (served from the installed pyvis package, or inlined: no network access needed).
 * Layout: the positions come from the server (physics off), so the picture is settled when drawn.
 * Labels: only the most central nodes (n.central) carry theirs until the reader zooms in.
 * window.samverkanViz tells tests and scripts how it went (ready, physics, nodeCount, stabilisedMs,
 * labels()).
 */
(function () {
  "use strict";

  function tip(text) {
    var el = document.createElement("div");
    el.className = "viz-tip";
    el.textContent = text;
    return el;
  }

  function start() {
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

    network.on("click", function (params) {
      if (params.nodes.length !== 1) { return; }
      var n = nodes.get(params.nodes[0]);
      if (n && n.url) { window.location.assign(n.url); }
    });

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
        if (!q) { network.unselectAll(); return; }
        var hits = nodes.get({ filter: function (n) { return (n.label || "").toLowerCase().indexOf(q) >= 0; } });
        if (hits.length) {
          network.selectNodes(hits.map(function (n) { return n.id; }));
          network.focus(hits[0].id, { scale: 1.2, animation: false });
        }
      });
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
}());
