// The explorer page of `graph view`: search the entities, pick one, see its neighbourhood drawn with Cytoscape.js and
// what the articles say of it, with the sentence each fact comes from. Everything is in this one file; nothing is
// fetched. Text from the graph is only ever set with textContent, never parsed as HTML; the one attribute taken from
// the data, a document's URL as a link, is taken only when it is an http(s) address.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const MAX_RESULTS = 200;
  const MAX_NEIGHBOURS = 60;
  const TYPE_COLOURS = { Person: "#2f6fbd", Country: "#2e8b57", Organization: "#b8621b", Project: "#8a3fb5", Conflict: "#c0392b" };
  const FACT_LABELS = { SUPPORTS: "supports", COMMITTED_TO: "committed to", REPRESENTS: "represents", INVOLVES: "involves", PART_OF: "part of" };

  // ---- Indexes ---------------------------------------------------------------------------------------------------
  const entities = new Map();
  for (const [id, type, name, aliases] of data.entities) entities.set(id, { id, type, name, aliases, search: [name, ...aliases].map((s) => s.toLowerCase()) });
  const statements = data.statements;
  const documents = data.documents;
  const aboutByStatement = new Map();
  const statementsAbout = new Map();
  for (const [s, e] of data.about) {
    push(aboutByStatement, s, e);
    push(statementsAbout, e, s);
  }
  const statementsBy = new Map();
  for (const [id, s] of Object.entries(statements)) if (s.sp) push(statementsBy, s.sp, id);
  const factsOf = new Map();
  for (const f of data.facts) {
    push(factsOf, f.from, f);
    if (f.to !== f.from) push(factsOf, f.to, f);
  }
  const documentsMentioning = new Map();
  const mentionedIn = new Map();
  for (const [d, e] of data.mentions) {
    push(documentsMentioning, e, d);
    push(mentionedIn, d, e);
  }
  function push(map, key, value) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }

  // ---- Elements ---------------------------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  const search = $("search");
  const results = $("results");
  const types = $("types");
  const details = $("details");
  const summary = $("summary");
  let activeType = null;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "onclick") node.addEventListener("click", v);
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  // ---- Types and search -------------------------------------------------------------------------------------------
  const counts = new Map();
  for (const e of entities.values()) counts.set(e.type, (counts.get(e.type) || 0) + 1);
  summary.textContent = `${entities.size.toLocaleString("en")} entities, ${Object.keys(statements).length.toLocaleString("en")} statements, ` +
    `${data.facts.length.toLocaleString("en")} facts, ${Object.keys(documents).length.toLocaleString("en")} documents`;
  for (const [type, count] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const button = el("button", { class: "type", "data-type": type, onclick: () => { activeType = activeType === type ? null : type; renderTypes(); renderResults(); } },
      el("span", { class: "swatch", style: `background:${TYPE_COLOURS[type] || "#777"}` }), el("span", { text: `${type} ` }), el("span", { class: "count", text: String(count) }));
    types.append(button);
  }
  function renderTypes() {
    for (const b of types.querySelectorAll("button")) b.classList.toggle("active", b.dataset.type === activeType);
  }

  function matches(query) {
    const q = query.trim().toLowerCase();
    const found = [];
    for (const e of entities.values()) {
      if (activeType && e.type !== activeType) continue;
      if (!q) { found.push([2, e]); continue; }
      let rank = -1;
      for (const s of e.search) {
        if (s === q) { rank = 0; break; }
        if (s.startsWith(q) || s.includes(" " + q)) rank = rank === -1 ? 1 : Math.min(rank, 1);
        else if (s.includes(q) && rank === -1) rank = 2;
      }
      if (rank >= 0) found.push([rank, e]);
    }
    const weight = (e) => (documentsMentioning.get(e.id) || []).length;
    found.sort((a, b) => a[0] - b[0] || weight(b[1]) - weight(a[1]) || a[1].name.localeCompare(b[1].name));
    return found.map((f) => f[1]);
  }

  function renderResults() {
    const found = matches(search.value);
    results.replaceChildren();
    for (const e of found.slice(0, MAX_RESULTS)) {
      results.append(el("li", {}, el("a", { href: "#", class: "entity-link", "data-id": e.id, onclick: (ev) => { ev.preventDefault(); select(e.id); } },
        el("span", { class: "swatch", style: `background:${TYPE_COLOURS[e.type] || "#777"}` }), el("span", { text: e.name })),
        el("span", { class: "muted", text: ` ${e.type}, ${(documentsMentioning.get(e.id) || []).length} docs` })));
    }
    if (found.length > MAX_RESULTS) results.append(el("li", { class: "muted", text: `… and ${found.length - MAX_RESULTS} more: type more of the name` }));
    if (found.length === 0) results.append(el("li", { class: "muted", text: "No entity has that name or alias." }));
  }
  search.addEventListener("input", renderResults);

  // ---- The neighbourhood graph ------------------------------------------------------------------------------------
  const cy = cytoscape({
    container: $("graph"),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 110, "background-color": "data(colour)", width: 22, height: 22, color: "#222" } },
      { selector: "node.focus", style: { width: 36, height: 36, "font-weight": "bold", "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: { width: "mapData(weight, 1, 10, 1.2, 5)", "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "data(colour)", "target-arrow-color": "data(colour)", label: "data(label)", "font-size": 9, color: "#555", "text-rotation": "autorotate" } },
    ],
  });
  const EDGE_COLOURS = { SUPPORTS: "#2e8b57", COMMITTED_TO: "#8a3fb5", SAID_ABOUT: "#999", REPRESENTS: "#2f6fbd", INVOLVES: "#c0392b", PART_OF: "#b8621b" };

  function neighbourhood(id) {
    const edges = new Map();
    const add = (type, from, to) => {
      if (from === to || !entities.has(from) || !entities.has(to)) return;
      const key = `${type}|${from}|${to}`;
      const edge = edges.get(key);
      if (edge) edge.weight++;
      else edges.set(key, { type, from, to, weight: 1 });
    };
    for (const f of factsOf.get(id) || []) add(f.type, f.from, f.to);
    // Who spoke about it, and what it spoke about.
    for (const s of statementsAbout.get(id) || []) if (statements[s] && statements[s].sp) add("SAID_ABOUT", statements[s].sp, id);
    for (const s of statementsBy.get(id) || []) for (const e of aboutByStatement.get(s) || []) add("SAID_ABOUT", id, e);
    const weights = new Map();
    for (const e of edges.values()) {
      const other = e.from === id ? e.to : e.from;
      weights.set(other, (weights.get(other) || 0) + e.weight);
    }
    const kept = new Set([...weights.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_NEIGHBOURS).map((w) => w[0]));
    return { edges: [...edges.values()].filter((e) => kept.has(e.from === id ? e.to : e.from)), neighbours: kept, total: weights.size };
  }

  function draw(id) {
    const { edges, neighbours, total } = neighbourhood(id);
    const nodes = [id, ...neighbours].map((n) => {
      const e = entities.get(n);
      return { group: "nodes", data: { id: n, label: e.name, colour: TYPE_COLOURS[e.type] || "#777" }, classes: n === id ? "focus" : "" };
    });
    const links = edges.map((e, i) => ({ group: "edges", data: { id: "e" + i, source: e.from, target: e.to, weight: e.weight, colour: EDGE_COLOURS[e.type] || "#999", label: e.type === "SAID_ABOUT" ? "" : FACT_LABELS[e.type] || e.type } }));
    cy.elements().remove();
    cy.add([...nodes, ...links]);
    cy.layout({ name: "concentric", concentric: (n) => (n.id() === id ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false }).run();
    cy.fit(undefined, 30);
    $("graph-note").textContent = total > MAX_NEIGHBOURS
      ? `Showing the ${MAX_NEIGHBOURS} most connected of ${total} neighbours.`
      : `${total} neighbours. Click a node to move to it.`;
  }
  cy.on("tap", "node", (ev) => { if (ev.target.id() !== current) select(ev.target.id()); });

  // ---- Details ------------------------------------------------------------------------------------------------------
  let current = null;
  function entityLink(id) {
    const e = entities.get(id);
    if (!e) return el("span", { text: id });
    return el("a", { href: "#", class: "entity-link", "data-id": id, onclick: (ev) => { ev.preventDefault(); select(id); } }, e.name);
  }
  function documentLink(id) {
    const d = documents[id];
    const label = d ? (d.t || d.s || id) + (d.d ? ` (${d.d})` : "") : id;
    return el("a", { href: "#", class: "document-link", "data-id": id, onclick: (ev) => { ev.preventDefault(); showDocument(id); } }, label);
  }
  function statementItem(id, showSpeaker) {
    const s = statements[id];
    const about = (aboutByStatement.get(id) || []).filter((e) => entities.has(e));
    const speaker = showSpeaker && s.sp ? [entityLink(s.sp), ` ${s.v || "said"}: `] : s.src ? [el("span", { class: "muted", text: `${s.src} (not named): ` })] : [];
    return el("li", { class: "statement" }, ...speaker, el("q", { text: s.t || "" }),
      el("div", { class: "muted" }, s.d ? `${s.d} · ` : "", s.doc ? documentLink(s.doc) : "",
        about.length ? el("span", {}, " · about ", ...about.flatMap((e, i) => (i ? [", ", entityLink(e)] : [entityLink(e)]))) : null));
  }
  function factItem(f, id) {
    const outgoing = f.from === id;
    const other = outgoing ? f.to : f.from;
    const verb = (FACT_LABELS[f.type] || f.type) + (f.aim ? ` (${f.aim})` : "");
    return el("li", { class: "fact" },
      outgoing ? el("span", {}, `${verb} `, entityLink(other)) : el("span", {}, entityLink(other), ` ${verb} it`),
      f.ev ? el("blockquote", { text: f.ev }) : null,
      el("div", { class: "muted" }, f.d ? `${f.d} · ` : "", f.doc ? documentLink(f.doc) : "", f.c !== undefined ? ` · confidence ${f.c}` : ""));
  }
  // A section lists at most this many items, so that a country named in thousands of articles stays quick to show.
  const MAX_ITEMS = 200;
  function section(title, list, render, empty) {
    if (list.length === 0 && !empty) return null;
    const shown = list.slice(0, MAX_ITEMS).map(render);
    if (list.length > MAX_ITEMS) shown.push(el("li", { class: "muted", text: `… and ${list.length - MAX_ITEMS} more` }));
    return el("section", {}, el("h3", { text: `${title} (${list.length})` }), list.length ? el("ul", {}, ...shown) : el("p", { class: "muted", text: empty }));
  }

  /** Replaces the details panel with the sections given; a section with nothing to show is null and left out. */
  function show(...parts) {
    details.replaceChildren(...parts.filter((p) => p !== null));
    details.scrollTop = 0;
  }

  function select(id) {
    const e = entities.get(id);
    if (!e) return;
    current = id;
    if (location.hash !== "#" + encodeURIComponent(id)) history.replaceState(null, "", "#" + encodeURIComponent(id));
    draw(id);
    const facts = factsOf.get(id) || [];
    const stance = facts.filter((f) => f.type === "SUPPORTS" || f.type === "COMMITTED_TO");
    const other = facts.filter((f) => !(f.type === "SUPPORTS" || f.type === "COMMITTED_TO"));
    const said = statementsBy.get(id) || [];
    const aboutIt = (statementsAbout.get(id) || []).filter((s) => statements[s] && statements[s].sp !== id);
    const docs = documentsMentioning.get(id) || [];
    show(
      el("h2", { id: "entity-name", text: e.name }),
      el("p", { class: "muted", text: `${e.type}${e.aliases.length ? " · also: " + e.aliases.join(", ") : ""} · id ${e.id}` }),
      section("Stances", stance, (f) => factItem(f, id), null),
      section("Statements", said, (s) => statementItem(s, false), e.type === "Person" ? "No statement of this person's was found." : null),
      section("Said about it", aboutIt, (s) => statementItem(s, true), null),
      section("Other relations", other, (f) => factItem(f, id), null),
      section("Documents mentioning it", docs, (d) => el("li", {}, documentLink(d)), "No document mentions it by name."));
  }

  function showDocument(id) {
    const d = documents[id] || {};
    const facts = data.facts.filter((f) => f.doc === id);
    const said = Object.entries(statements).filter(([, s]) => s.doc === id).map(([sid]) => sid);
    // Only a web address becomes a link: a javascript: or data: URL from an input is shown as text, never followed.
    const source = d.u && /^https?:\/\//i.test(d.u) ? el("a", { href: d.u, target: "_blank", rel: "noopener noreferrer", text: d.u }) : el("span", { text: d.u || d.s || "" });
    show(
      el("h2", { text: d.t || d.s || id }),
      el("p", { class: "muted" }, d.d ? `${d.d} · ` : "", source, ` · id ${id}`),
      section("Statements", said, (s) => statementItem(s, true), "No statement was found in it."),
      section("Facts", facts, (f) => el("li", {}, entityLink(f.from), ` ${FACT_LABELS[f.type] || f.type}${f.aim ? ` (${f.aim})` : ""} `, entityLink(f.to),
        f.ev ? el("blockquote", { text: f.ev }) : null), null),
      section("Entities it mentions", (mentionedIn.get(id) || []).filter((e) => entities.has(e)), (e) => el("li", {}, entityLink(e)), null));
  }

  renderResults();
  const start = decodeURIComponent(location.hash.slice(1));
  if (entities.has(start)) select(start);
  window.explorer = { cy, select, showDocument, data };
})();
