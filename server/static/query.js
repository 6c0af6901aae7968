// The query page: runs SPARQL against this server's /sparql and renders the result as a table whose
// IRIs link to this site's pages under their labels; a syntax error is explained in one line
// (/query/explain) with its position selected in the editor. No external libraries; works offline.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("query-data").textContent);
  const T = data.text;
  const editor = document.getElementById("sparql");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const errorBox = document.getElementById("error");
  const csvLink = document.getElementById("csv");
  let csvUrl = null;

  function shortIri(value) {
    for (const [prefix, ns] of Object.entries(data.prefixes)) {
      if (value.startsWith(ns) && value.length > ns.length) return prefix + ":" + value.slice(ns.length);
    }
    return value;
  }

  function localHref(value) {
    // the data's IRIs (<base>id/..., whatever host the base names) are this server's /id/... pages
    if (data.local.some((prefix) => value.startsWith(prefix))) return "/" + value.slice(data.base.length);
    const here = location.origin + "/";
    if (value.startsWith(here)) return "/" + value.slice(here.length);
    return value;
  }

  // javascript:, data:, vbscript: ... IRIs are shown, never linked (as server/html.py's safe_href)
  function safeHref(value) {
    const folded = value.replace(/[\x00-\x20\x7f]/g, "");
    const m = /^([a-zA-Z][a-zA-Z0-9+.\-]*):/.exec(folded);
    return !m || ["http", "https", "ftp", "mailto", "urn", "tel"].includes(m[1].toLowerCase()) ? value : null;
  }

  function cell(term, iris) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri" && safeHref(term.value) === null) {
      td.textContent = term.value;
    } else if (term.type === "uri") {
      const a = document.createElement("a");
      a.href = localHref(term.value);
      a.textContent = term.value.startsWith(data.base) ? term.value.slice(data.base.length) : shortIri(term.value);
      a.dataset.iri = term.value;
      if (term.value.startsWith(data.base)) iris.add(term.value);
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) {
        const span = document.createElement("span");
        span.className = "muted";
        span.textContent = " @" + term["xml:lang"];
        td.appendChild(span);
      }
    }
    return td;
  }

  async function addLabels(iris) {
    if (!iris.size) return;
    const res = await fetch("/query/labels", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ iris: Array.from(iris).slice(0, 2000) }),
    });
    if (!res.ok) return;
    const labels = await res.json();
    results.querySelectorAll("a[data-iri]").forEach((a) => {
      const found = labels[a.dataset.iri];
      if (found) { a.textContent = found.label; a.href = found.href; }
    });
  }

  function render(json) {
    results.innerHTML = "";
    if (typeof json.boolean === "boolean") {
      results.textContent = json.boolean ? T.yes : T.no;
      return 0;
    }
    const vars = json.head.vars;
    const table = document.createElement("table");
    table.className = "data";
    const head = table.createTHead().insertRow();
    vars.forEach((v) => { const th = document.createElement("th"); th.scope = "col"; th.textContent = v; head.appendChild(th); });
    const body = table.createTBody();
    const iris = new Set();
    json.results.bindings.forEach((b) => {
      const tr = body.insertRow();
      vars.forEach((v) => tr.appendChild(cell(b[v], iris)));
    });
    results.appendChild(table);
    addLabels(iris);
    return json.results.bindings.length;
  }

  async function post(query, accept) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: query }),
    });
  }

  function selectPosition(line, column) {
    const lines = editor.value.split("\n");
    if (line < 1 || line > lines.length) return;
    let offset = 0;
    for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
    offset += Math.max(0, column - 1);
    editor.focus();
    editor.setSelectionRange(offset, Math.min(offset + 1, editor.value.length));
  }

  async function showError(query, text) {
    results.innerHTML = "";
    errorBox.innerHTML = "";
    errorBox.hidden = false;
    const line = document.createElement("p");
    line.id = "error-line";
    errorBox.appendChild(line);
    const first = text.split("\n")[0];
    if (!/syntax error/i.test(first)) { line.textContent = first; return; }
    const res = await fetch("/query/explain", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: query, error: text, lang: data.lang }),
    });
    if (!res.ok) { line.textContent = first; return; }
    const info = await res.json();
    line.textContent = info.message;
    if (info.prefix_lines.length) {
      const button = document.createElement("button");
      button.type = "button";
      button.id = "add-prefix";
      button.textContent = T.addPrefix + ": " + info.prefix_lines.join(" ");
      button.addEventListener("click", () => {
        editor.value = info.prefix_lines.join("\n") + "\n" + editor.value;
        errorBox.hidden = true;
        run();
      });
      errorBox.appendChild(button);
    }
    if (info.line) selectPosition(info.line, info.column);
  }

  async function run() {
    const query = editor.value;
    status.textContent = T.running;
    errorBox.hidden = true;
    csvLink.hidden = true;
    const started = performance.now();
    try {
      const res = await post(query, "application/sparql-results+json");
      if (!res.ok) {
        await showError(query, await res.text());
        status.textContent = T.error;
        return;
      }
      const type = res.headers.get("content-type") || "";
      if (!type.includes("json")) {
        results.innerHTML = "";
        const pre = document.createElement("pre");
        pre.textContent = await res.text();
        results.appendChild(pre);
        status.textContent = T.done;
        return;
      }
      const n = render(await res.json());
      const ms = Math.round(performance.now() - started);
      const capped = res.headers.get("X-SPARQL-MaxRows") ? T.capped : "";
      status.textContent = n + " " + (n === 1 ? T.row : T.rows) + " " + T.in + " " + ms + " ms" + capped;
      const csv = await post(query, "text/csv");
      if (csv.ok) {
        if (csvUrl) URL.revokeObjectURL(csvUrl);
        csvUrl = URL.createObjectURL(await csv.blob());
        csvLink.href = csvUrl;
        csvLink.hidden = false;
      }
    } catch (err) {
      status.textContent = T.error + ": " + err;
    }
  }

  document.getElementById("run").addEventListener("click", run);
  editor.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  document.querySelectorAll("a.example").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    editor.value = data.examples[a.dataset.id];
    run();
  }));
})();
