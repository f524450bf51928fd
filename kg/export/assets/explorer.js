/* kg explorer: draws the graph embedded in #kg-data with vis-network.
 *
 * Every string that comes from an article (names, aliases, sentences, document ids) is put in
 * the page with textContent or as a Text node, never as HTML, and no vis item gets a string
 * `title` (vis renders those as HTML): tooltips are DOM elements.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var api = (window.kgExplorer = { ready: false, data: data });

  // ---- small DOM helpers -------------------------------------------------------------------
  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (key) {
        var value = props[key];
        if (value === undefined || value === null) return;
        if (key === "text") node.textContent = value;
        else if (key === "className") node.className = value;
        else if (key === "style") Object.assign(node.style, value);
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value);
      });
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function plural(n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many);
  }

  // ---- the graph ---------------------------------------------------------------------------
  var nodeById = new Map();
  var edgeById = new Map();
  var outEdges = new Map();
  var inEdges = new Map();
  var typeById = new Map();
  var relationById = new Map();
  data.types.forEach(function (t) { typeById.set(t.id, t); });
  data.relations.forEach(function (r) { relationById.set(r.id, r); });
  data.nodes.forEach(function (n) {
    nodeById.set(n.id, n);
    outEdges.set(n.id, []);
    inEdges.set(n.id, []);
  });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    outEdges.get(e.from).push(e);
    inEdges.get(e.to).push(e);
  });

  var hiddenTypes = new Set();
  var hiddenRelations = new Set();
  var minConfidence = 0;
  var showEdgeLabels = data.edgeLabels;

  var BASIS_TEXT = {
    explicit: "explicit: the sentence states it",
    context: "context: it rests on the article's setting",
  };

  function confidenceText(e) {
    return typeof e.confidence === "number" ? e.confidence.toFixed(2) : "";
  }

  function edgeConfident(e) {
    // an edge without a confidence (an older graph) is shown at every setting
    return typeof e.confidence !== "number" || e.confidence >= minConfidence - 1e-9;
  }

  function typeColour(type) {
    return typeById.has(type) ? typeById.get(type).color : "#9c9c9c";
  }

  function relationColour(relation) {
    return relationById.has(relation) ? relationById.get(relation).color : "#7f7f7f";
  }

  function nodeTooltip(n) {
    return el("div", { className: "kg-tip" }, [
      el("strong", { text: n.label }),
      el("div", { className: "kg-muted", text: n.type + " \u00b7 " + plural(n.mentions, "mention", "mentions") }),
    ]);
  }

  function edgeTooltip(e) {
    var source = nodeById.get(e.from), target = nodeById.get(e.to);
    return el("div", { className: "kg-tip" }, [
      el("div", { text: source.label + " \u2192 " + e.relation + (e.role ? " (" + e.role + ")" : "") + " \u2192 " + target.label }),
      el("div", { className: "kg-muted", text: plural(e.weight, "supporting sentence", "supporting sentences") +
        (confidenceText(e) ? " \u00b7 confidence " + confidenceText(e) : "") }),
    ]);
  }

  var nodes = new vis.DataSet(
    data.nodes.map(function (n) {
      return {
        id: n.id,
        label: n.label,
        x: n.x,
        y: n.y,
        size: n.size,
        color: {
          background: n.color,
          border: n.border,
          highlight: { background: n.color, border: "#111111" },
          hover: { background: n.color, border: "#111111" },
        },
        title: nodeTooltip(n),
      };
    })
  );
  var edges = new vis.DataSet(
    data.edges.map(function (e) {
      return {
        id: e.id,
        from: e.from,
        to: e.to,
        label: showEdgeLabels ? e.relation : "",
        width: e.width,
        color: { color: e.color, highlight: e.color, hover: e.color, opacity: 0.85 },
        smooth: e.smooth || false,
        title: edgeTooltip(e),
      };
    })
  );

  function nodeVisible(id) {
    var n = nodeById.get(id);
    return !!n && !hiddenTypes.has(n.type);
  }

  var nodesView = new vis.DataView(nodes, {
    filter: function (item) { return nodeVisible(item.id); },
  });
  var edgesView = new vis.DataView(edges, {
    filter: function (item) {
      var e = edgeById.get(item.id);
      return !hiddenRelations.has(e.relation) && edgeConfident(e) && nodeVisible(e.from) && nodeVisible(e.to);
    },
  });

  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  var large = !data.physics;
  var options = {
    autoResize: true,
    width: "100%",
    height: "100%",
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: { size: 14, face: FONT, color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      arrowStrikethrough: false,
      font: { size: 11, face: FONT, align: "middle", color: "#444444", strokeWidth: 3, strokeColor: "#ffffff" },
      selectionWidth: 2,
      hoverWidth: 0.5,
      smooth: false,
    },
    interaction: {
      hover: true,
      tooltipDelay: 250,
      hideEdgesOnDrag: large,
      hideEdgesOnZoom: large,
      multiselect: false,
      navigationButtons: false,
      keyboard: false,
    },
    physics: data.physics
      ? {
          enabled: true,
          solver: "forceAtlas2Based",
          forceAtlas2Based: {
            gravitationalConstant: -90,
            centralGravity: 0.01,
            springLength: 140,
            springConstant: 0.06,
            avoidOverlap: 0.5,
          },
          minVelocity: 0.75,
          stabilization: { enabled: true, iterations: 400, updateInterval: 25, fit: true },
        }
      : { enabled: false },
  };

  var container = byId("kg-network");
  var network = new vis.Network(container, {}, options);
  var physicsOn = !!data.physics;

  // ---- status line and "left out" note ------------------------------------------------------
  function updateStatus(text) {
    byId("kg-status").textContent = text;
  }

  function describeCounts() {
    var shown = nodesView.length, edgesShown = edgesView.length;
    var text = plural(shown, "entity", "entities") + ", " + plural(edgesShown, "relation", "relations");
    if (shown !== data.nodes.length || edgesShown !== data.edges.length) {
      text += " shown (of " + data.nodes.length.toLocaleString("en") + " and " + data.edges.length.toLocaleString("en") + ")";
    }
    return text;
  }

  var omitted = data.omitted;
  if (omitted && omitted.nodes > 0) {
    var note = byId("kg-omitted");
    note.hidden = false;
    note.className = "kg-note kg-warn";
    note.textContent =
      "Showing the " + data.nodes.length.toLocaleString("en") + " most-connected of " +
      omitted.total_nodes.toLocaleString("en") + " entities (max_nodes=" + omitted.max_nodes + "): " +
      plural(omitted.nodes, "entity", "entities") + " and " +
      plural(omitted.edges, "relation", "relations") + " left out.";
  }

  // ---- ready state ----------------------------------------------------------------------------
  function markReady() {
    if (api.ready) return;
    api.ready = true;
    document.body.setAttribute("data-ready", "true");
    updateStatus(describeCounts());
  }

  if (data.physics && data.nodes.length > 0) {
    updateStatus("Arranging " + plural(data.nodes.length, "entity", "entities") + "\u2026");
    network.once("stabilizationIterationsDone", function () {
      // Physics stops once the layout has settled, so the picture stays still.
      network.setOptions({ physics: { enabled: false } });
      physicsOn = false;
      network.fit();
      markReady();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  network.setData({ nodes: nodesView, edges: edgesView });
  if (data.nodes.length === 0) {
    markReady();
    updateStatus("The graph is empty.");
  }

  // ---- filters ----------------------------------------------------------------------------------
  function refreshViews() {
    nodesView.refresh();
    edgesView.refresh();
    if (api.ready) updateStatus(describeCounts());
  }

  var typeBoxes = new Map();
  var relationBoxes = new Map();

  function setTypeVisible(type, visible) {
    if (visible) hiddenTypes.delete(type);
    else hiddenTypes.add(type);
    if (typeBoxes.has(type)) typeBoxes.get(type).checked = !!visible;
    refreshViews();
  }

  function setRelationVisible(relation, visible) {
    if (visible) hiddenRelations.delete(relation);
    else hiddenRelations.add(relation);
    if (relationBoxes.has(relation)) relationBoxes.get(relation).checked = !!visible;
    refreshViews();
  }

  function legendItem(prefix, index, entry, swatchClass, boxes, setVisible) {
    var id = prefix + index;
    var box = el("input", { type: "checkbox", id: id });
    box.checked = true;
    box.setAttribute("data-id", entry.id);
    box.addEventListener("change", function () { setVisible(entry.id, box.checked); });
    boxes.set(entry.id, box);
    return el("li", { "data-id": entry.id }, [
      el("label", { for: id, className: entry.count ? "" : "kg-zero" }, [
        box,
        el("span", { className: "kg-swatch " + swatchClass, style: { background: entry.color } }),
        el("span", { className: "kg-name", text: entry.label || entry.id }),
        el("span", { className: "kg-count", text: entry.count.toLocaleString("en") }),
      ]),
    ]);
  }

  var typeList = byId("kg-types");
  data.types.forEach(function (t, i) {
    typeList.append(legendItem("kg-type-", i, t, "kg-dot", typeBoxes, setTypeVisible));
  });
  var relationList = byId("kg-relations");
  data.relations.forEach(function (r, i) {
    relationList.append(legendItem("kg-relation-", i, r, "kg-line", relationBoxes, setRelationVisible));
  });
  if (data.relations.length === 0) relationList.append(el("li", { className: "kg-muted", text: "none" }));

  var confidenceInput = byId("kg-confidence");
  var confidenceValue = byId("kg-confidence-value");

  /** Hide the relations whose confidence is below `value` (0 shows them all). */
  function setMinConfidence(value) {
    var v = Math.min(Math.max(Number(value) || 0, 0), 1);
    minConfidence = v;
    confidenceInput.value = String(v);
    confidenceValue.textContent = v.toFixed(2);
    refreshViews();
    return v;
  }

  confidenceInput.addEventListener("input", function () { setMinConfidence(confidenceInput.value); });
  confidenceInput.value = "0";

  var labelBox = byId("kg-edge-labels");
  labelBox.checked = showEdgeLabels;
  labelBox.addEventListener("change", function () {
    showEdgeLabels = labelBox.checked;
    edges.update(data.edges.map(function (e) {
      return { id: e.id, label: showEdgeLabels ? e.relation : "" };
    }));
  });

  // ---- side panel ---------------------------------------------------------------------------
  var panel = byId("kg-panel");
  var panelBody = byId("kg-panel-body");
  byId("kg-panel-close").addEventListener("click", function () {
    hidePanel();
    network.unselectAll();
  });

  function hidePanel() {
    panel.hidden = true;
    clear(panelBody);
    api.panel = null;
  }

  function showPanel(children, what) {
    clear(panelBody);
    children.forEach(function (child) { if (child) panelBody.append(child); });
    panel.hidden = false;
    panel.scrollTop = 0;
    api.panel = what;
  }

  function chip(text, colour) {
    return el("span", { className: "kg-chip", text: text, style: { background: colour } });
  }

  function nodeLink(id) {
    var n = nodeById.get(id);
    return el("button", {
      type: "button",
      className: "kg-link",
      text: n ? n.label : id,
      onclick: function () { selectNode(id); },
    });
  }

  function edgeLink(e) {
    return el("button", {
      type: "button",
      className: "kg-link",
      title: "Show this relation",
      onclick: function () { selectEdge(e.id); },
    }, [chip(e.relation, relationColour(e.relation))]);
  }

  function section(title, content) {
    return el("section", null, [el("h3", { text: title }), content]);
  }

  function plainList(values) {
    return el("ul", { className: "kg-plain" }, values.map(function (v) { return el("li", { text: v }); }));
  }

  function evidenceList(e) {
    return el("ol", { className: "kg-evidence" }, e.evidence.map(function (ev) {
      return el("li", null, [
        el("q", { className: "kg-sentence", text: ev.sentence }),
        el("span", { className: "kg-source", text: ev.document + (ev.rule ? " \u00b7 rule " + ev.rule : "") }),
      ]);
    }));
  }

  function facts(rows) {
    var items = [];
    rows.forEach(function (row) {
      if (row[1] === "" || row[1] === null || row[1] === undefined) return;
      items.push(el("dt", { text: row[0] }));
      items.push(el("dd", null, [row[1]]));
    });
    return el("dl", { className: "kg-facts" }, items);
  }

  function relationItem(e, outgoing) {
    var other = outgoing ? e.to : e.from;
    var head = outgoing
      ? [edgeLink(e), el("span", { className: "kg-muted", text: "\u2192" }), nodeLink(other)]
      : [nodeLink(other), el("span", { className: "kg-muted", text: "\u2192" }), edgeLink(e)];
    if (e.role) head.push(el("span", { className: "kg-muted", text: "as " + e.role }));
    if (e.date) head.push(el("span", { className: "kg-muted", text: e.date }));
    if (confidenceText(e)) {
      head.push(el("span", { className: "kg-muted", text: "confidence " + confidenceText(e) + (e.basis === "context" ? ", from context" : "") }));
    }
    return el("li", { className: "kg-rel", "data-edge": e.id }, [
      el("div", { className: "kg-rel-head" }, head),
      evidenceList(e),
    ]);
  }

  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var outs = outEdges.get(id), ins = inEdges.get(id);
    var children = [
      el("p", { className: "kg-kicker" }, [chip(n.type, typeColour(n.type))]),
      el("h2", { text: n.label }),
      facts([
        ["Mentions", String(n.mentions)],
        ["Relations", outs.length + " outgoing, " + ins.length + " incoming"],
        ["Id", n.id],
      ]),
      n.aliases.length ? section("Aliases", plainList(n.aliases)) : null,
      n.documents.length ? section("Documents", plainList(n.documents)) : null,
    ];
    if (outs.length) {
      children.push(section("Outgoing relations (" + outs.length + ")",
        el("ul", { className: "kg-rels" }, outs.map(function (e) { return relationItem(e, true); }))));
    }
    if (ins.length) {
      children.push(section("Incoming relations (" + ins.length + ")",
        el("ul", { className: "kg-rels" }, ins.map(function (e) { return relationItem(e, false); }))));
    }
    showPanel(children, { kind: "node", id: id });
  }

  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var documents = [];
    e.evidence.forEach(function (ev) {
      if (documents.indexOf(ev.document) < 0) documents.push(ev.document);
    });
    showPanel([
      el("p", { className: "kg-kicker" }, [chip("relation", "#57606a")]),
      el("h2", null, [chip(e.relation, relationColour(e.relation))]),
      el("div", { className: "kg-rel-head" }, [
        nodeLink(e.from), el("span", { className: "kg-muted", text: "\u2192 " + e.relation + " \u2192" }), nodeLink(e.to),
      ]),
      facts([
        ["Relation", e.relation],
        ["Source", nodeById.get(e.from).label],
        ["Target", nodeById.get(e.to).label],
        ["Role", e.role],
        ["Date", e.date],
        ["Confidence", confidenceText(e)],
        ["Basis", BASIS_TEXT[e.basis] || e.basis],
        ["Weight", String(e.weight)],
        ["Documents", documents.join(", ")],
      ]),
      section("Evidence (" + e.evidence.length + ")", evidenceList(e)),
    ], { kind: "edge", id: id });
  }

  function selectNode(id, focus) {
    var n = nodeById.get(id);
    if (!n) return false;
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    network.selectNodes([id]);
    // The panel first: it narrows the canvas, and focus centres on the canvas as it is now.
    showNode(id);
    if (focus !== false) {
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.0),
        animation: { duration: 300, easingFunction: "easeInOutQuad" },
      });
    }
    return true;
  }

  function selectEdge(id) {
    var e = edgeById.get(id);
    if (!e) return false;
    [e.from, e.to].forEach(function (nid) {
      var type = nodeById.get(nid).type;
      if (hiddenTypes.has(type)) setTypeVisible(type, true);
    });
    if (hiddenRelations.has(e.relation)) setRelationVisible(e.relation, true);
    if (!edgeConfident(e)) setMinConfidence(Math.floor(e.confidence * 20) / 20);
    network.selectEdges([id]);
    showEdge(id);
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else hidePanel();
  });

  // ---- search -----------------------------------------------------------------------------------
  function fold(text) {
    return String(text)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.aliases).map(fold) };
  });
  var knownNames = new Set();
  searchIndex.forEach(function (entry) { entry.names.forEach(function (name) { knownNames.add(name); }); });

  (function fillDatalist() {
    var names = new Set();
    data.nodes.forEach(function (n) {
      names.add(n.label);
      n.aliases.forEach(function (a) { names.add(a); });
    });
    var list = byId("kg-names");
    Array.from(names).sort().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      list.append(option);
    });
  })();

  function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Ids of the nodes whose label or an alias matches `query`, best first: exact, prefix,
   * word prefix, then substring matches; more mentions first among equals. */
  function findNodes(query) {
    var q = fold(query);
    if (!q) return [];
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = 9;
      entry.names.forEach(function (name) {
        var rank = name === q ? 0
          : name.indexOf(q) === 0 ? 1
          : (" " + name).indexOf(" " + q) >= 0 ? 2
          : name.indexOf(q) >= 0 ? 3 : 9;
        if (rank < best) best = rank;
      });
      if (best < 9) hits.push([best, entry.id]);
    });
    hits.sort(function (a, b) {
      var na = nodeById.get(a[1]), nb = nodeById.get(b[1]);
      return a[0] - b[0] || nb.mentions - na.mentions || compareText(na.label, nb.label) || compareText(na.id, nb.id);
    });
    return hits.map(function (h) { return h[1]; });
  }

  var results = byId("kg-search-results");

  function showResults(ids, query) {
    clear(results);
    if (!ids.length) {
      var text = "No entity matches \u201c" + query + "\u201d";
      if (omitted && omitted.nodes > 0) text += " among the " + data.nodes.length.toLocaleString("en") + " shown";
      results.append(el("li", null, [el("span", { className: "kg-empty", text: text + "." })]));
    } else if (ids.length > 1) {
      ids.slice(0, 8).forEach(function (id) {
        var n = nodeById.get(id);
        results.append(el("li", null, [el("button", {
          type: "button",
          onclick: function () { selectNode(id); results.hidden = true; },
        }, [n.label, el("span", { className: "kg-muted", text: " \u00b7 " + n.type })])]));
      });
      if (ids.length > 8) results.append(el("li", null, [el("span", { className: "kg-empty", text: (ids.length - 8) + " more\u2026" })]));
    }
    results.hidden = ids.length === 1;
  }

  function search(query) {
    var ids = findNodes(query);
    showResults(ids, query);
    if (ids.length) selectNode(ids[0]);
    return ids.length ? ids[0] : null;
  }

  var searchInput = byId("kg-search-input");
  byId("kg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    search(searchInput.value);
  });
  searchInput.addEventListener("input", function () {
    // Picking a name from the suggestions selects it at once.
    if (knownNames.has(fold(searchInput.value))) search(searchInput.value);
    else results.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") results.hidden = true;
  });
  document.addEventListener("click", function (event) {
    if (!byId("kg-search").contains(event.target)) results.hidden = true;
  });

  // ---- the API the tests and curious users can call -------------------------------------------
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;
  api.nodesView = nodesView;
  api.edgesView = edgesView;
  api.visibleNodeIds = function () { return nodesView.getIds(); };
  api.visibleEdgeIds = function () { return edgesView.getIds(); };
  api.setTypeVisible = setTypeVisible;
  api.setRelationVisible = setRelationVisible;
  api.setMinConfidence = setMinConfidence;
  api.minConfidence = function () { return minConfidence; };
  api.findNodes = findNodes;
  api.search = search;
  api.selectNode = selectNode;
  api.selectEdge = selectEdge;
  api.physicsEnabled = function () { return physicsOn; };
  api.panelText = function () { return panel.hidden ? "" : panelBody.textContent; };
})();
