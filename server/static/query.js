// The query page: runs SPARQL against this server's /sparql and renders the result as a table.
// No external libraries; works offline.
(function () {
  "use strict";
  const editor = document.getElementById("sparql");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const csvLink = document.getElementById("csv");
  const examples = JSON.parse(document.getElementById("example-data").textContent);
  let csvUrl = null;

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = document.createElement("a");
      const here = location.origin + "/";
      a.href = term.value.startsWith("http://localhost:8000/") ? "/" + term.value.slice(22) : term.value;
      if (term.value.startsWith(here)) a.href = "/" + term.value.slice(here.length);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value + (term["xml:lang"] ? " @" + term["xml:lang"] : "");
    }
    return td;
  }

  function render(json) {
    results.innerHTML = "";
    if (typeof json.boolean === "boolean") {
      results.textContent = json.boolean ? "ja (true)" : "nej (false)";
      return 0;
    }
    const vars = json.head.vars;
    const table = document.createElement("table");
    table.className = "data";
    const head = table.createTHead().insertRow();
    vars.forEach((v) => { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    const body = table.createTBody();
    json.results.bindings.forEach((b) => {
      const tr = body.insertRow();
      vars.forEach((v) => tr.appendChild(cell(b[v])));
    });
    results.appendChild(table);
    return json.results.bindings.length;
  }

  async function post(query, accept) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: query }),
    });
  }

  async function run() {
    const query = editor.value;
    status.textContent = "kör…";
    csvLink.hidden = true;
    const started = performance.now();
    try {
      const res = await post(query, "application/sparql-results+json");
      if (!res.ok) {
        results.innerHTML = "";
        const pre = document.createElement("pre");
        pre.className = "bad";
        pre.textContent = res.status + ": " + (await res.text());
        results.appendChild(pre);
        status.textContent = "fel";
        return;
      }
      const type = res.headers.get("content-type") || "";
      if (!type.includes("json")) {
        results.innerHTML = "";
        const pre = document.createElement("pre");
        pre.textContent = await res.text();
        results.appendChild(pre);
        status.textContent = "klar";
        return;
      }
      const n = render(await res.json());
      const ms = Math.round(performance.now() - started);
      const capped = res.headers.get("X-SPARQL-MaxRows") ? " (avkortat vid radgränsen)" : "";
      status.textContent = n + " rader på " + ms + " ms" + capped;
      const csv = await post(query, "text/csv");
      if (csv.ok) {
        if (csvUrl) URL.revokeObjectURL(csvUrl);
        csvUrl = URL.createObjectURL(await csv.blob());
        csvLink.href = csvUrl;
        csvLink.hidden = false;
      }
    } catch (err) {
      status.textContent = "fel: " + err;
    }
  }

  document.getElementById("run").addEventListener("click", run);
  editor.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  document.querySelectorAll("a.example").forEach((a) => a.addEventListener("click", (e) => {
    e.preventDefault();
    editor.value = examples[a.dataset.id];
    run();
  }));
})();
