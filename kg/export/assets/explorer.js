/* kg explorer: draws the graph embedded in #kg-data with vis-network.
 *
 * Every string that comes from an article or its metadata (names, aliases, sentences, document
 * ids, titles, sources, URLs) is put in the page with textContent, as a Text node or as a plain
 * attribute value, never as HTML; no vis item gets a `title` (vis renders strings as HTML): the
 * tooltip is built on hover from DOM nodes. A URL becomes a link only when it is http(s).
 *
 * What is shown is decided here, not by vis DataViews: one pass over the edges (types, relations,
 * confidence, time, focus) gives the visible sets, and only the items whose visibility changed
 * are flagged hidden in vis before a single redraw. That keeps a filter on 20,000 edges well under
 * a frame budget of a few hundred milliseconds.
 */
(function () {
  "use strict";

  // Marks for benchmarks/explorer.py: how long each step of opening the page takes.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  /** The page's compact data (kg.export.html.page_data) back as explorer_data gives it. */
  function decode(wire) {
    var documents = wire.documents.map(function (d) {
      return { id: d.id, title: d.title || "", date: d.date || "", url: d.url || "", source: d.source || "" };
    });
    var typeTable = new Map(wire.types.map(function (t) { return [t.id, t]; }));
    function documentId(i) {
      return i >= 0 ? documents[i].id : "";
    }
    var nodes = wire.nodes.map(function (n) {
      var t = typeTable.get(n.type) || { color: "#9c9c9c", border: "#6d6d6d" };
      return {
        id: n.id, label: n.label, type: n.type, aliases: n.aliases, documents: n.documents.map(documentId),
        mentions: n.mentions, size: n.size, color: t.color, border: t.border, x: n.x, y: n.y,
      };
    });
    var edges = wire.edges.map(function (e, i) {
      var relation = wire.relations[e.relation];
      return {
        id: "e" + i, from: nodes[e.from].id, to: nodes[e.to].id, relation: relation.id,
        role: e.role || "", date: e.date || "", when: e.when || "", whenFrom: e.whenFrom || "",
        basis: e.basis || "", confidence: e.confidence === undefined ? null : e.confidence,
        weight: e.weight, width: e.width, color: relation.color, smooth: e.smooth || false,
        evidence: e.evidence.map(function (v) {
          var ev = { document: documentId(v[0]), sentence: wire.sentences[v[1]], rule: wire.rules[v[2]] };
          if (v.length > 3) {
            ev.start = v[3];
            ev.end = v[4];
          }
          return ev;
        }),
      };
    });
    return {
      nodes: nodes, edges: edges, types: wire.types, relations: wire.relations, documents: documents,
      physics: wire.physics, edgeLabels: wire.edgeLabels, omitted: wire.omitted,
    };
  }

  mark("kg-start");
  var data = decode(JSON.parse(document.getElementById("kg-data").textContent));
  mark("kg-parsed");
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

  function count(n) {
    return n.toLocaleString("en");
  }

  function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function fold(text) {
    return String(text)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  /** The URL as a string when it is an absolute http(s) URL, else null: only those become links
   * (a `javascript:` or `data:` URL stays text). */
  function webUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(String(value).trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  // ---- the graph ---------------------------------------------------------------------------
  var nodeById = new Map();
  var edgeById = new Map();
  var outEdges = new Map();
  var inEdges = new Map();
  var typeById = new Map();
  var relationById = new Map();
  var documentById = new Map();
  data.types.forEach(function (t) { typeById.set(t.id, t); });
  data.relations.forEach(function (r) { relationById.set(r.id, r); });
  (data.documents || []).forEach(function (d) { documentById.set(d.id, d); });
  data.nodes.forEach(function (n, i) {
    n.index = i;
    nodeById.set(n.id, n);
    outEdges.set(n.id, []);
    inEdges.set(n.id, []);
  });
  data.edges.forEach(function (e, i) {
    e.index = i;
    edgeById.set(e.id, e);
    outEdges.get(e.from).push(e);
    inEdges.get(e.to).push(e);
  });

  var BASIS_TEXT = {
    explicit: "explicit: the sentence states it",
    context: "context: it rests on the article's setting",
  };
  var LARGE = data.edges.length > 2000 || data.nodes.length > 1000;

  function confidenceText(e) {
    return typeof e.confidence === "number" ? e.confidence.toFixed(2) : "";
  }

  function typeColour(type) {
    return typeById.has(type) ? typeById.get(type).color : "#9c9c9c";
  }

  function relationColour(relation) {
    return relationById.has(relation) ? relationById.get(relation).color : "#7f7f7f";
  }

  function documentTitle(id) {
    var d = documentById.get(id);
    return d && d.title ? d.title : id;
  }

  // ---- time: each dated edge covers months [t0, t1] (a bare year covers its twelve) --------
  var time = (function () {
    var first = Infinity, last = -Infinity, firstYear = Infinity, lastYear = -Infinity;
    var dated = 0, monthly = 0;
    data.edges.forEach(function (e) {
      var m = /^(\d{4})(?:-(\d{2}))?/.exec(e.when || "");
      e.t0 = e.t1 = null;
      if (!m) return;
      var year = Number(m[1]);
      if (m[2]) {
        e.t0 = e.t1 = year * 12 + Number(m[2]) - 1;
        monthly++;
      } else {
        e.t0 = year * 12;
        e.t1 = year * 12 + 11;
      }
      dated++;
      first = Math.min(first, e.t0);
      last = Math.max(last, e.t1);
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
    });
    // Months when every date has one and they span less than three years; years otherwise.
    var byMonth = dated > 0 && monthly === dated && lastYear - firstYear < 3;
    var bins = [];
    if (dated > 0) {
      if (byMonth) {
        for (var t = first; t <= last; t++) {
          bins.push({ t0: t, t1: t, label: Math.floor(t / 12) + "-" + String((t % 12) + 1).padStart(2, "0") });
        }
      } else {
        for (var y = firstYear; y <= lastYear; y++) bins.push({ t0: y * 12, t1: y * 12 + 11, label: String(y) });
      }
    }
    var base = bins.length ? bins[0].t0 : 0;
    data.edges.forEach(function (e) {
      if (e.t0 === null) e.bin = -1;
      else if (byMonth) e.bin = e.t0 - base;
      else e.bin = Math.floor(e.t0 / 12) - Math.floor(base / 12);
    });
    return { bins: bins, byMonth: byMonth, dated: dated, undated: data.edges.length - dated };
  })();

  // ---- filter and focus state --------------------------------------------------------------
  var hiddenTypes = new Set();
  var hiddenRelations = new Set();
  var minConfidence = 0;
  var timeLo = 0;
  var timeHi = Math.max(time.bins.length - 1, 0);
  var showUndated = true;
  var hideIsolated = false;
  var showEdgeLabels = data.edgeLabels;
  // null, or {kind: "neighbourhood", id, depth} | {kind: "path", nodes, edges, ...} |
  // {kind: "document", id}; the shown sets are recomputed from it on every change.
  var focus = null;

  function timeActive() {
    return time.bins.length > 0 && (timeLo > 0 || timeHi < time.bins.length - 1);
  }

  function edgeInTime(e) {
    if (e.t0 === null) return showUndated;
    if (!timeActive()) return true;
    return e.t1 >= time.bins[timeLo].t0 && e.t0 <= time.bins[timeHi].t1;
  }

  function edgeConfident(e) {
    // an edge without a confidence (an older graph) is shown at every setting
    return typeof e.confidence !== "number" || e.confidence >= minConfidence - 1e-9;
  }

  function typeShown(id) {
    var n = nodeById.get(id);
    return !!n && !hiddenTypes.has(n.type);
  }

  /** An edge passes the legend, the slider and the time filter (focus aside). */
  function edgePasses(e) {
    return !hiddenRelations.has(e.relation) && edgeConfident(e) && edgeInTime(e) && typeShown(e.from) && typeShown(e.to);
  }

  // The current answer: which nodes and edges are shown.
  var passing = new Uint8Array(data.edges.length); // edgePasses, by edge index
  var nodeMask = new Uint8Array(data.nodes.length); // shown, by node index
  var edgeMask = new Uint8Array(data.edges.length); // shown, by edge index
  var shownNodes = new Set();
  var shownEdges = [];

  function neighbourhood(id, depth) {
    var reached = new Map([[id, 0]]);
    var frontier = [id];
    for (var d = 1; d <= depth && frontier.length; d++) {
      var next = [];
      frontier.forEach(function (nid) {
        [outEdges.get(nid), inEdges.get(nid)].forEach(function (list) {
          list.forEach(function (e) {
            if (!passing[e.index]) return;
            var other = e.from === nid ? e.to : e.from;
            if (!reached.has(other)) {
              reached.set(other, d);
              next.push(other);
            }
          });
        });
      });
      frontier = next;
    }
    return reached;
  }

  var documentIndex = null; // document id -> {nodes: [ids], edges: [edges]}, built on first use

  function documentContents(id) {
    if (!documentIndex) {
      documentIndex = new Map();
      var entry = function (doc) {
        if (!documentIndex.has(doc)) documentIndex.set(doc, { nodes: [], edges: [] });
        return documentIndex.get(doc);
      };
      data.nodes.forEach(function (n) {
        n.documents.forEach(function (doc) { entry(doc).nodes.push(n.id); });
      });
      data.edges.forEach(function (e) {
        var seen = new Set();
        e.evidence.forEach(function (ev) {
          if (!seen.has(ev.document)) {
            seen.add(ev.document);
            entry(ev.document).edges.push(e);
          }
        });
      });
    }
    return documentIndex.get(id) || { nodes: [], edges: [] };
  }

  /** Compute the shown sets from the filters and the focus. */
  function computeShown() {
    var edgesList = data.edges;
    for (var i = 0; i < edgesList.length; i++) passing[i] = edgePasses(edgesList[i]) ? 1 : 0;
    var nodesAllowed = null; // null: every node of a shown type
    var edgeAllowed = null;
    if (focus && focus.kind === "neighbourhood") {
      nodesAllowed = neighbourhood(focus.id, focus.depth);
      focus.reached = nodesAllowed;
    } else if (focus && focus.kind === "path") {
      nodesAllowed = focus.nodes;
      edgeAllowed = focus.edges;
    } else if (focus && focus.kind === "document") {
      var contents = documentContents(focus.id);
      nodesAllowed = new Set(contents.nodes);
      edgeAllowed = new Set(contents.edges.map(function (e) { return e.id; }));
    }
    shownEdges = [];
    edgeMask.fill(0);
    for (var j = 0; j < edgesList.length; j++) {
      var e = edgesList[j];
      if (!passing[j]) continue;
      if (nodesAllowed && (!nodesAllowed.has(e.from) || !nodesAllowed.has(e.to))) continue;
      if (edgeAllowed && !edgeAllowed.has(e.id)) continue;
      shownEdges.push(e);
      edgeMask[j] = 1;
    }
    shownNodes = new Set();
    nodeMask.fill(0);
    if (hideIsolated) {
      shownEdges.forEach(function (e) { shownNodes.add(e.from); shownNodes.add(e.to); });
      if (focus && focus.kind === "neighbourhood") shownNodes.add(focus.id);
      shownNodes.forEach(function (id) { nodeMask[nodeById.get(id).index] = 1; });
    } else {
      data.nodes.forEach(function (n, i) {
        if (!hiddenTypes.has(n.type) && (!nodesAllowed || nodesAllowed.has(n.id))) {
          shownNodes.add(n.id);
          nodeMask[i] = 1;
        }
      });
    }
  }

  // ---- vis ---------------------------------------------------------------------------------
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
      };
    })
  );

  mark("kg-datasets");
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
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
      hideEdgesOnDrag: LARGE,
      hideEdgesOnZoom: LARGE,
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
  var fastHidden = false; // hide items through vis's own flags (see pushVisibility)

  /* Large graphs: vis strokes every edge and arrow one by one, 20,000 of them at each frame.
   * While the view is zoomed out so far that arrowheads would be under three pixels, draw the
   * unselected edges in one path per colour and width and skip their arrowheads; edges outside
   * the view are skipped at every zoom. Relies on vis-network 9.1's renderer; if it is
   * not there, vis draws as usual. */
  function installFastDrawing() {
    var renderer = network.renderer;
    var body = network.body;
    if (!renderer || !body || typeof renderer._drawEdges !== "function" || typeof renderer._drawArrows !== "function" ||
        !network.canvas || typeof network.canvas.DOMtoCanvas !== "function") {
      return;
    }
    var drawEdges = renderer._drawEdges, drawArrows = renderer._drawArrows;
    var ARROW = 15 * 0.55 + 3; // vis's arrow length at width 1, in canvas units

    function viewBox() {
      var frame = network.canvas.frame.canvas;
      var a = network.canvas.DOMtoCanvas({ x: 0, y: 0 });
      var b = network.canvas.DOMtoCanvas({ x: frame.clientWidth, y: frame.clientHeight });
      return { left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) };
    }

    function inView(edge, box) {
      var f = edge.from, t = edge.to;
      if (!f || !t) return false;
      return !((f.x < box.left && t.x < box.left) || (f.x > box.right && t.x > box.right) ||
        (f.y < box.top && t.y < box.top) || (f.y > box.bottom && t.y > box.bottom));
    }

    function simple(edge) {
      return !edge.selected && !edge.hover && edge.fromId !== edge.toId && !edge.options.label;
    }

    function trace(ctx, edge) {
      ctx.moveTo(edge.from.x, edge.from.y);
      var smooth = edge.options.smooth;
      if (smooth && smooth.enabled) {
        // a parallel edge: the same curve as vis's, through the control point vis computes
        var via = edge.edgeType.getViaNode();
        if (via && typeof via.x === "number") {
          ctx.quadraticCurveTo(via.x, via.y, edge.to.x, edge.to.y);
          return;
        }
      }
      ctx.lineTo(edge.to.x, edge.to.y);
    }

    renderer._drawEdges = function (ctx) {
      try {
        var box = viewBox();
        var zoomedOut = network.getScale() * ARROW < 3;
        var groups = new Map(), single = [];
        var list = body.edgeIndices;
        for (var i = 0; i < list.length; i++) {
          var edge = body.edges[list[i]];
          if (!edge || edge.connected !== true || !inView(edge, box)) continue;
          if (zoomedOut && simple(edge)) {
            var colour = edge.options.color;
            var key = colour.color + "|" + colour.opacity + "|" + edge.options.width;
            var group = groups.get(key);
            if (!group) groups.set(key, (group = { colour: colour.color, opacity: colour.opacity, width: edge.options.width, edges: [] }));
            group.edges.push(edge);
          } else {
            single.push(edge);
          }
        }
        groups.forEach(function (group) {
          ctx.save();
          ctx.globalAlpha = group.opacity;
          ctx.strokeStyle = group.colour;
          ctx.lineWidth = group.width;
          ctx.beginPath();
          group.edges.forEach(function (edge) { trace(ctx, edge); });
          ctx.stroke();
          ctx.restore();
        });
        single.forEach(function (edge) { edge.draw(ctx); });
        renderer._kgDrawn = single; // the edges whose arrows are drawn
      } catch (error) {
        renderer._kgDrawn = null;
        drawEdges.call(renderer, ctx);
      }
    };
    renderer._drawArrows = function (ctx) {
      var drawn = renderer._kgDrawn;
      if (!drawn) return drawArrows.call(renderer, ctx);
      for (var i = 0; i < drawn.length; i++) drawn[i].drawArrows(ctx);
    };
    if (typeof renderer._drawNodes === "function") installFastNodes(renderer, viewBox);
  }

  /* Nodes too, while labels are too small to draw (vis draws none below 5 pixels): one path per
   * colour, after vis has drawn each node once (which sizes it); the selected and hovered ones,
   * on top, as vis draws them. What vis's clicks and culling read of a node's shape (its left,
   * top and bounding box) is kept as vis's own draw would leave it. */
  function installFastNodes(renderer, viewBox) {
    var drawNodes = renderer._drawNodes;
    var body = network.body;
    var FONT_SIZE = 14, LABEL_THRESHOLD = 5, BORDER = 1.5;
    renderer._drawNodes = function (ctx, alwaysShow) {
      var scale = network.getScale();
      if (alwaysShow || scale * FONT_SIZE >= LABEL_THRESHOLD) return drawNodes.apply(renderer, arguments);
      try {
        var box = viewBox(), margin = 20 / scale;
        var groups = new Map(), onTop = [];
        var list = body.nodeIndices;
        for (var i = 0; i < list.length; i++) {
          var node = body.nodes[list[i]];
          if (!node) continue;
          var shape = node.shape;
          if (node.hover || node.isSelected()) {
            onTop.push(node);
            continue;
          }
          if (shape.width === undefined || shape.refreshNeeded === true || !node.options.color) {
            node.draw(ctx); // the first time: vis sizes it
            continue;
          }
          shape.left = node.x - shape.width / 2;
          shape.top = node.y - shape.height / 2;
          shape.updateBoundingBox(node.x, node.y);
          var bb = shape.boundingBox;
          if (bb.right < box.left - margin || bb.left > box.right + margin || bb.bottom < box.top - margin || bb.top > box.bottom + margin) continue;
          var colour = node.options.color;
          var width = Math.min(shape.width, BORDER / scale);
          var key = colour.background + "|" + colour.border + "|" + width;
          var group = groups.get(key);
          if (!group) groups.set(key, (group = { fill: colour.background, stroke: colour.border, width: width, nodes: [] }));
          group.nodes.push(node);
        }
        groups.forEach(function (group) {
          ctx.beginPath();
          group.nodes.forEach(function (n) {
            var r = n.options.size;
            ctx.moveTo(n.x + r, n.y);
            ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
          });
          ctx.fillStyle = group.fill;
          ctx.fill();
          ctx.lineWidth = group.width;
          ctx.strokeStyle = group.stroke;
          ctx.stroke();
        });
        onTop.forEach(function (n) { n.draw(ctx); });
        return { drawExternalLabels: function () {} };
      } catch (error) {
        return drawNodes.apply(renderer, arguments);
      }
    };
  }

  if (LARGE) installFastDrawing();
  fastHidden = !!network.body && Array.isArray(network.body.nodeIndices) && Array.isArray(network.body.edgeIndices);

  // ---- status line and "left out" note ------------------------------------------------------
  function updateStatus(text) {
    byId("kg-status").textContent = text;
  }

  function describeCounts() {
    var shown = shownNodes.size, edgesShown = shownEdges.length;
    var text = plural(shown, "entity", "entities") + ", " + plural(edgesShown, "relation", "relations");
    if (shown !== data.nodes.length || edgesShown !== data.edges.length) {
      text += " shown (of " + count(data.nodes.length) + " and " + count(data.edges.length) + ")";
    }
    return text;
  }

  var omitted = data.omitted;
  var TYPE_PLURALS = { person: "people", organisation: "organisations", state: "states", treaty: "treaties", place: "places" };
  if (omitted && omitted.nodes > 0) {
    var note = byId("kg-omitted");
    note.hidden = false;
    note.className = "kg-note kg-warn";
    var byType = (omitted.types || []).map(function (pair) {
      return count(pair[1]) + " " + (TYPE_PLURALS[pair[0]] || pair[0] || "untyped");
    });
    note.textContent =
      "Showing the " + count(data.nodes.length) + " most-connected of " +
      count(omitted.total_nodes) + " entities (max_nodes=" + omitted.max_nodes + "): " +
      plural(omitted.nodes, "entity", "entities") + (byType.length ? " (" + byType.join(", ") + ")" : "") + " and " +
      plural(omitted.edges, "relation", "relations") + " left out. Search still finds their names.";
  }

  // ---- applying what is shown ---------------------------------------------------------------
  var nodeHidden = new Uint8Array(data.nodes.length); // the hidden flag last given to vis
  var edgeHidden = new Uint8Array(data.edges.length);

  /** Give vis the hidden flags that changed and the lists of what it draws, then draw once (at
   * the next frame when `later`: a fit that follows draws anyway). */
  function pushVisibility(force, later) {
    var body = network.body;
    var changedNodes = [], changedEdges = [];
    for (var i = 0; i < nodeMask.length; i++) {
      if (force || nodeHidden[i] === nodeMask[i]) {
        nodeHidden[i] = nodeMask[i] ? 0 : 1;
        changedNodes.push(i);
      }
    }
    for (var j = 0; j < edgeMask.length; j++) {
      if (force || edgeHidden[j] === edgeMask[j]) {
        edgeHidden[j] = edgeMask[j] ? 0 : 1;
        changedEdges.push(j);
      }
    }
    if (!changedNodes.length && !changedEdges.length) return;
    if (fastHidden && body.nodes && body.edges) {
      // vis's own flags, so that anything vis recomputes agrees, and the lists it draws from,
      // which are what its _updateVisibleIndices would make of those flags
      changedNodes.forEach(function (k) {
        var item = body.nodes[data.nodes[k].id];
        if (item) item.options.hidden = !!nodeHidden[k];
      });
      changedEdges.forEach(function (k) {
        var item = body.edges[data.edges[k].id];
        if (item) item.options.hidden = !!edgeHidden[k];
      });
      var nodeIds = [], edgeIds = [];
      for (var a = 0; a < nodeMask.length; a++) if (nodeMask[a]) nodeIds.push(data.nodes[a].id);
      for (var b = 0; b < edgeMask.length; b++) if (edgeMask[b]) edgeIds.push(data.edges[b].id);
      body.nodeIndices = nodeIds;
      body.edgeIndices = edgeIds;
      // unselect what was hidden, as vis does when a DataSet hides it
      var selected = network.getSelectedNodes(), selectedEdges = network.getSelectedEdges();
      var keep = selected.filter(function (id) { return shownNodes.has(id); });
      var keepEdges = selectedEdges.filter(function (id) { return edgeMask[edgeById.get(id).index]; });
      if (keep.length !== selected.length || keepEdges.length !== selectedEdges.length) {
        network.setSelection({ nodes: keep, edges: keepEdges }, { unselectAll: true, highlightEdges: false });
      }
      if (!later) network.redraw();
    } else {
      nodes.update(changedNodes.map(function (k) { return { id: data.nodes[k].id, hidden: !!nodeHidden[k] }; }));
      edges.update(changedEdges.map(function (k) { return { id: data.edges[k].id, hidden: !!edgeHidden[k] }; }));
    }
  }

  /** Recompute and show; every filter and focus change ends here. */
  function refresh(later) {
    computeShown();
    pushVisibility(false, later);
    updateLegendCounts();
    updateHistogram();
    updateFocusBar();
    if (api.ready) updateStatus(describeCounts());
  }

  // ---- ready state ----------------------------------------------------------------------------
  function markReady() {
    if (api.ready) return;
    api.ready = true;
    mark("kg-ready");
    document.body.setAttribute("data-ready", "true");
    updateStatus(describeCounts());
    // What the first view does not need waits until it is drawn.
    setTimeout(fillDatalist, 0);
  }

  computeShown();
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
  network.setData({ nodes: nodes, edges: edges });
  mark("kg-network");
  if (data.nodes.length === 0) {
    markReady();
    updateStatus("The graph is empty.");
  }

  // ---- tooltip ----------------------------------------------------------------------------------
  var tooltip = el("div", { className: "kg-tip", role: "tooltip", hidden: "" });
  document.body.append(tooltip);
  var tooltipTimer = null;

  function showTooltip(params, children) {
    clearTimeout(tooltipTimer);
    tooltipTimer = setTimeout(function () {
      clear(tooltip);
      children().forEach(function (child) { tooltip.append(child); });
      var box = container.getBoundingClientRect();
      var pointer = params.pointer && params.pointer.DOM ? params.pointer.DOM : { x: 0, y: 0 };
      tooltip.style.left = Math.round(box.left + pointer.x + 12) + "px";
      tooltip.style.top = Math.round(box.top + pointer.y + 12) + "px";
      tooltip.hidden = false;
    }, 250);
  }

  function hideTooltip() {
    clearTimeout(tooltipTimer);
    tooltip.hidden = true;
  }

  network.on("hoverNode", function (params) {
    var n = nodeById.get(params.node);
    if (!n) return;
    showTooltip(params, function () {
      return [
        el("strong", { text: n.label }),
        el("div", { className: "kg-muted", text: n.type + " \u00b7 " + plural(n.mentions, "mention", "mentions") }),
      ];
    });
  });
  network.on("hoverEdge", function (params) {
    var e = edgeById.get(params.edge);
    if (!e) return;
    showTooltip(params, function () {
      var source = nodeById.get(e.from), target = nodeById.get(e.to);
      return [
        el("div", { text: source.label + " \u2192 " + e.relation + (e.role ? " (" + e.role + ")" : "") + " \u2192 " + target.label }),
        el("div", { className: "kg-muted", text: plural(e.weight, "supporting sentence", "supporting sentences") +
          (confidenceText(e) ? " \u00b7 confidence " + confidenceText(e) : "") + (e.when ? " \u00b7 " + e.when : "") }),
      ];
    });
  });
  ["blurNode", "blurEdge", "dragStart", "zoom", "click"].forEach(function (name) { network.on(name, hideTooltip); });

  // ---- legend filters ---------------------------------------------------------------------------
  var typeBoxes = new Map();
  var relationBoxes = new Map();
  var typeCounts = new Map();
  var relationCounts = new Map();

  function setTypeVisible(type, visible) {
    if (visible) hiddenTypes.delete(type);
    else hiddenTypes.add(type);
    if (typeBoxes.has(type)) typeBoxes.get(type).checked = !!visible;
    refresh();
  }

  function setRelationVisible(relation, visible) {
    if (visible) hiddenRelations.delete(relation);
    else hiddenRelations.add(relation);
    if (relationBoxes.has(relation)) relationBoxes.get(relation).checked = !!visible;
    refresh();
  }

  function legendItem(prefix, index, entry, swatchClass, boxes, counts, setVisible) {
    var id = prefix + index;
    var box = el("input", { type: "checkbox", id: id });
    box.checked = true;
    box.setAttribute("data-id", entry.id);
    box.addEventListener("change", function () { setVisible(entry.id, box.checked); });
    boxes.set(entry.id, box);
    var number = el("span", { className: "kg-count", text: count(entry.count) });
    counts.set(entry.id, { node: number, total: entry.count });
    return el("li", { "data-id": entry.id }, [
      el("label", { for: id, className: entry.count ? "" : "kg-zero" }, [
        box,
        el("span", { className: "kg-swatch " + swatchClass, style: { background: entry.color } }),
        el("span", { className: "kg-name", text: entry.label || entry.id }),
        number,
      ]),
    ]);
  }

  /** Legend counts: "shown / all" when a filter or focus hides some. */
  function updateLegendCounts() {
    var byType = new Map(), byRelation = new Map();
    shownNodes.forEach(function (id) {
      var t = nodeById.get(id).type;
      byType.set(t, (byType.get(t) || 0) + 1);
    });
    shownEdges.forEach(function (e) { byRelation.set(e.relation, (byRelation.get(e.relation) || 0) + 1); });
    [[typeCounts, byType], [relationCounts, byRelation]].forEach(function (pair) {
      pair[0].forEach(function (entry, id) {
        var shown = pair[1].get(id) || 0;
        entry.node.textContent = shown === entry.total ? count(entry.total) : count(shown) + " / " + count(entry.total);
      });
    });
  }

  var typeList = byId("kg-types");
  data.types.forEach(function (t, i) {
    typeList.append(legendItem("kg-type-", i, t, "kg-dot", typeBoxes, typeCounts, setTypeVisible));
  });
  var relationList = byId("kg-relations");
  data.relations.forEach(function (r, i) {
    relationList.append(legendItem("kg-relation-", i, r, "kg-line", relationBoxes, relationCounts, setRelationVisible));
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
    refresh();
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
    pushVisibility(true); // vis re-reads the items: give it the hidden flags again
  });

  var isolatedBox = byId("kg-hide-isolated");
  isolatedBox.checked = false;
  isolatedBox.addEventListener("change", function () { setHideIsolated(isolatedBox.checked); });

  function setHideIsolated(value) {
    hideIsolated = !!value;
    isolatedBox.checked = hideIsolated;
    refresh();
  }

  // ---- time filter ---------------------------------------------------------------------------
  var timeFrom = byId("kg-time-from");
  var timeTo = byId("kg-time-to");
  var timeValue = byId("kg-time-value");
  var undatedBox = byId("kg-time-undated");
  var histogram = byId("kg-histogram");
  var bars = [];

  function binIndex(value, fallback) {
    if (typeof value === "number") return Math.round(value);
    var text = String(value === undefined || value === null ? "" : value);
    for (var i = 0; i < time.bins.length; i++) {
      if (time.bins[i].label === text) return i;
    }
    // "2014-03" against yearly bins, or "2014" against monthly ones
    var m = /^(\d{4})(?:-(\d{2}))?/.exec(text);
    if (!m) return fallback;
    var t = Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
    for (var j = 0; j < time.bins.length; j++) {
      if (time.bins[j].t0 <= t && t <= time.bins[j].t1) return j;
    }
    return t < time.bins[0].t0 ? 0 : time.bins.length - 1;
  }

  /** Show the relations dated from `from` to `to` (bin labels such as "2014" or "2014-03", or
   * bin indices); undated ones follow the "without a date" box. */
  function setTimeRange(from, to) {
    if (!time.bins.length) return null;
    var last = time.bins.length - 1;
    var lo = Math.min(Math.max(binIndex(from, 0), 0), last);
    var hi = Math.min(Math.max(binIndex(to, last), 0), last);
    if (lo > hi) { var swap = lo; lo = hi; hi = swap; }
    timeLo = lo;
    timeHi = hi;
    timeFrom.value = String(lo);
    timeTo.value = String(hi);
    refresh();
    return timeRange();
  }

  function timeRange() {
    if (!time.bins.length) return null;
    return { from: time.bins[timeLo].label, to: time.bins[timeHi].label, unit: time.byMonth ? "month" : "year", undated: showUndated };
  }

  function setShowUndated(value) {
    showUndated = !!value;
    undatedBox.checked = showUndated;
    refresh();
  }

  function updateHistogram() {
    if (!time.bins.length) return;
    var counts = new Array(time.bins.length).fill(0);
    for (var i = 0; i < data.edges.length; i++) {
      var e = data.edges[i];
      if (e.bin < 0) continue;
      // what each bar would show: the other filters apply, not the range (nor the focus)
      if (hiddenRelations.has(e.relation) || !edgeConfident(e) || !typeShown(e.from) || !typeShown(e.to)) continue;
      counts[e.bin]++;
    }
    bars.forEach(function (bar, k) {
      var bin = time.bins[k];
      bar.fill.style.height = (bin.total ? Math.max(Math.round(100 * counts[k] / time.max), counts[k] ? 4 : 0) : 0) + "%";
      bar.node.className = "kg-bar" + (k < timeLo || k > timeHi ? " kg-out" : "");
      bar.node.title = bin.label + ": " + plural(counts[k], "relation", "relations") +
        (counts[k] !== bin.total ? " (of " + count(bin.total) + ")" : "");
    });
    timeValue.textContent = time.bins[timeLo].label + (timeHi !== timeLo ? " \u2013 " + time.bins[timeHi].label : "");
  }

  (function buildTimeControls() {
    var section = byId("kg-time");
    if (!time.bins.length) {
      clear(section.querySelector(".kg-time-body"));
      section.querySelector(".kg-time-body").append(el("p", { className: "kg-note", text: "No relation has a date." }));
      return;
    }
    time.max = 0;
    time.bins.forEach(function (bin) { bin.total = 0; });
    data.edges.forEach(function (e) { if (e.bin >= 0) time.bins[e.bin].total++; });
    time.bins.forEach(function (bin) { time.max = Math.max(time.max, bin.total); });
    time.bins.forEach(function (bin, k) {
      var fill = el("span", { className: "kg-bar-fill" });
      var node = el("button", {
        type: "button",
        className: "kg-bar",
        "aria-label": bin.label,
        "data-bin": bin.label,
        onclick: function (event) {
          // a click picks one bar; a shift-click extends the range to it
          if (event.shiftKey) setTimeRange(Math.min(k, timeLo), Math.max(k, timeHi));
          else setTimeRange(k, k);
        },
      }, [el("span", { className: "kg-bar-total", style: { height: Math.round(100 * bin.total / time.max) + "%" } }), fill]);
      histogram.append(node);
      bars.push({ node: node, fill: fill });
    });
    byId("kg-time-first").textContent = time.bins[0].label;
    byId("kg-time-last").textContent = time.bins[time.bins.length - 1].label;
    [timeFrom, timeTo].forEach(function (input) {
      input.min = "0";
      input.max = String(time.bins.length - 1);
      input.step = "1";
    });
    timeFrom.value = "0";
    timeTo.value = String(time.bins.length - 1);
    timeFrom.disabled = timeTo.disabled = time.bins.length < 2;
    timeFrom.addEventListener("input", function () {
      var lo = Number(timeFrom.value);
      setTimeRange(lo, Math.max(lo, timeHi));
    });
    timeTo.addEventListener("input", function () {
      var hi = Number(timeTo.value);
      setTimeRange(Math.min(hi, timeLo), hi);
    });
    byId("kg-time-all").addEventListener("click", function () { setTimeRange(0, time.bins.length - 1); });
    undatedBox.checked = true;
    undatedBox.addEventListener("change", function () { setShowUndated(undatedBox.checked); });
    byId("kg-undated-count").textContent = count(time.undated);
    byId("kg-time-unit").textContent = time.byMonth ? "month" : "year";
    updateHistogram();
  })();

  // ---- focus: neighbourhood, paths, one document --------------------------------------------
  var focusBar = byId("kg-focus");
  var focusText = byId("kg-focus-text");
  var focusDepth = byId("kg-focus-depth");

  function updateFocusBar() {
    if (!focus) {
      focusBar.hidden = true;
      return;
    }
    focusBar.hidden = false;
    focusDepth.hidden = focus.kind !== "neighbourhood";
    if (focus.kind === "neighbourhood") {
      var n = nodeById.get(focus.id);
      focusText.textContent = "Neighbours of " + n.label + " within " + plural(focus.depth, "step", "steps") + ": " +
        plural(shownNodes.size - 1, "entity", "entities") + ", " + plural(shownEdges.length, "relation", "relations");
      Array.prototype.forEach.call(focusDepth.querySelectorAll("button"), function (b) {
        b.setAttribute("aria-pressed", String(Number(b.getAttribute("data-depth")) === focus.depth));
      });
    } else if (focus.kind === "path") {
      focusText.textContent = (focus.count > 1 ? "Shortest paths" : "Shortest path") + " from " + nodeById.get(focus.from).label +
        " to " + nodeById.get(focus.to).label + ": " + plural(focus.length, "step", "steps");
    } else {
      focusText.textContent = "What " + documentTitle(focus.id) + " gave: " + plural(shownNodes.size, "entity", "entities") +
        ", " + plural(shownEdges.length, "relation", "relations");
    }
  }

  /** Frame the shown entities. vis's fit would first measure the label of every node in the
   * graph, shown or not (a tenth of a second at 5,000); their centres and sizes are enough. */
  function fitShown() {
    var positions = network.getPositions(Array.from(shownNodes));
    var ids = Object.keys(positions);
    if (!ids.length) return;
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    ids.forEach(function (id) {
      var p = positions[id], r = nodeById.get(id).size;
      minX = Math.min(minX, p.x - r);
      maxX = Math.max(maxX, p.x + r);
      minY = Math.min(minY, p.y - r);
      maxY = Math.max(maxY, p.y + r);
    });
    var canvas = network.canvas.frame.canvas;
    var width = canvas.clientWidth || 1, height = canvas.clientHeight || 1;
    var scale = Math.min(width / (1.1 * Math.max(maxX - minX, 1)), height / (1.1 * Math.max(maxY - minY, 1)));
    network.moveTo({
      position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
      scale: Math.min(Math.max(scale, 0.02), 2),
      animation: false,
    });
  }

  /** Show only `id` and the entities within `depth` (1 or 2) relations of it, over the
   * relations the filters show, directions ignored. */
  function focusNeighbourhood(id, depth) {
    if (!nodeById.has(id)) return false;
    var n = nodeById.get(id);
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    setFocus({ kind: "neighbourhood", id: id, depth: depth === 2 ? 2 : 1 });
    refresh(true);
    fitShown();
    network.selectNodes([id]);
    return true;
  }

  var moved = new Map(); // node id -> its place in the whole graph, while a path view moves it

  function setFocus(value) {
    if (focus && focus.kind === "path" && (!value || value.kind !== "path")) restorePlaces();
    focus = value;
  }

  function restorePlaces() {
    moved.forEach(function (place, id) { moveQuietly(id, place.x, place.y); });
    moved.clear();
  }

  /** Move a node without vis's moveNode, which asks for a redraw per node. */
  function moveQuietly(id, x, y) {
    var node = network.body && network.body.nodes ? network.body.nodes[id] : null;
    if (node) {
      node.x = x;
      node.y = y;
    } else {
      network.moveNode(id, x, y);
    }
  }

  /** Lay the paths out left to right, one column per step, so that each reads as a chain; the
   * entities go back to their places when the path view ends. */
  function arrangePaths(paths) {
    restorePlaces();
    var columns = [];
    paths.forEach(function (path) {
      path.forEach(function (id, k) {
        if (!columns[k]) columns[k] = [];
        if (columns[k].indexOf(id) < 0) columns[k].push(id);
      });
    });
    var all = [].concat.apply([], columns);
    var places = network.getPositions(all);
    var cx = 0, cy = 0;
    all.forEach(function (id) { cx += places[id].x; cy += places[id].y; });
    cx /= all.length;
    cy /= all.length;
    var DX = 240, DY = 120;
    columns.forEach(function (column, k) {
      column.forEach(function (id, i) {
        if (!moved.has(id)) moved.set(id, places[id]);
        moveQuietly(id, cx + (k - (columns.length - 1) / 2) * DX, cy + (i - (column.length - 1) / 2) * DY);
      });
    });
  }

  /** Back to the whole graph (the filters stay as they are). */
  function showWholeGraph() {
    if (!focus) return;
    setFocus(null);
    refresh(true);
    fitShown();
  }

  Array.prototype.forEach.call(focusDepth.querySelectorAll("button"), function (b) {
    b.addEventListener("click", function () {
      if (focus && focus.kind === "neighbourhood") focusNeighbourhood(focus.id, Number(b.getAttribute("data-depth")));
    });
  });
  byId("kg-focus-clear").addEventListener("click", showWholeGraph);

  var MAX_PATHS = 20;

  /** The shortest paths between two entities over the relations the filters show, directions
   * ignored: {length, count (capped at 1,000,000), paths: up to MAX_PATHS lists of node ids,
   * hops: for each path, the edges between consecutive nodes}. Null when none connects them. */
  function shortestPaths(from, to) {
    if (!nodeById.has(from) || !nodeById.has(to) || from === to) return null;
    if (!typeShown(from) || !typeShown(to)) return null;
    var dist = new Map([[from, 0]]);
    var preds = new Map();
    var frontier = [from];
    var found = false;
    while (frontier.length && !found) {
      var next = [];
      for (var i = 0; i < frontier.length; i++) {
        var u = frontier[i];
        var du = dist.get(u);
        var lists = [outEdges.get(u), inEdges.get(u)];
        for (var l = 0; l < 2; l++) {
          for (var k = 0; k < lists[l].length; k++) {
            var e = lists[l][k];
            if (!passing[e.index]) continue;
            var v = e.from === u ? e.to : e.from;
            if (v === u) continue;
            if (!dist.has(v)) {
              dist.set(v, du + 1);
              preds.set(v, [u]);
              next.push(v);
              if (v === to) found = true;
            } else if (dist.get(v) === du + 1 && preds.get(v).indexOf(u) < 0) {
              preds.get(v).push(u);
            }
          }
        }
      }
      frontier = next;
    }
    if (!dist.has(to)) return null;
    // how many paths (for the summary), then the first MAX_PATHS of them
    var ways = new Map([[from, 1]]);
    function waysTo(v) {
      if (ways.has(v)) return ways.get(v);
      var total = 0;
      preds.get(v).forEach(function (p) { total = Math.min(total + waysTo(p), 1e6); });
      ways.set(v, total);
      return total;
    }
    var total = waysTo(to);
    var paths = [];
    (function walk(v, suffix) {
      if (paths.length >= MAX_PATHS) return;
      if (v === from) {
        paths.push([from].concat(suffix));
        return;
      }
      var ps = preds.get(v).slice().sort(function (a, b) {
        return compareText(nodeById.get(a).label, nodeById.get(b).label) || compareText(a, b);
      });
      for (var i = 0; i < ps.length && paths.length < MAX_PATHS; i++) walk(ps[i], [v].concat(suffix));
    })(to, []);
    var hops = paths.map(function (path) {
      var list = [];
      for (var i = 0; i + 1 < path.length; i++) {
        var a = path[i], b = path[i + 1];
        list.push(outEdges.get(a).filter(function (e) { return e.to === b && passing[e.index]; })
          .concat(inEdges.get(a).filter(function (e) { return e.from === b && passing[e.index]; })));
      }
      return list;
    });
    return { length: dist.get(to), count: total, paths: paths, hops: hops };
  }

  /** Find and show the shortest paths between two entities (ids). */
  function showPaths(from, to) {
    hidePathMessage();
    if (!nodeById.has(from) || !nodeById.has(to)) return null;
    [from, to].forEach(function (id) {
      var t = nodeById.get(id).type;
      if (hiddenTypes.has(t)) setTypeVisible(t, true);
    });
    pathFrom.setEntity(from);
    pathTo.setEntity(to);
    if (focus) {
      setFocus(null);
      computeShown();
    }
    var found = shortestPaths(from, to);
    if (!found) {
      refresh();
      showPathPanel(from, to, null);
      return { length: null, count: 0, paths: [] };
    }
    var pathNodes = new Set(), pathEdges = new Set();
    found.paths.forEach(function (p) { p.forEach(function (id) { pathNodes.add(id); }); });
    found.hops.forEach(function (list) { list.forEach(function (hop) { hop.forEach(function (e) { pathEdges.add(e.id); }); }); });
    setFocus({ kind: "path", from: from, to: to, length: found.length, count: found.count, nodes: pathNodes, edges: pathEdges });
    arrangePaths(found.paths);
    refresh(true);
    fitShown();
    network.setSelection({ nodes: [from, to], edges: Array.from(pathEdges) }, { highlightEdges: false });
    showPathPanel(from, to, found);
    return { length: found.length, count: found.count, paths: found.paths };
  }

  function focusDocument(id) {
    if (!documentById.has(id) && !documentContents(id).nodes.length) return false;
    setFocus({ kind: "document", id: id });
    refresh(true);
    fitShown();
    return true;
  }

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

  function documentLink(id, text) {
    return el("button", {
      type: "button",
      className: "kg-link",
      text: text || documentTitle(id),
      "data-document": id,
      onclick: function () { showDocument(id); },
    });
  }

  /** An http(s) URL as a link that opens in a new tab; anything else as plain text. */
  function urlItem(value, text) {
    var href = webUrl(value);
    if (!href) return el("span", { className: "kg-url-text", text: value });
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", className: "kg-url", text: text || value });
  }

  function button(text, onclick, extra) {
    return el("button", Object.assign({ type: "button", className: "kg-button", text: text, onclick: onclick }, extra || {}));
  }

  function section(title, content) {
    return el("section", null, [el("h3", { text: title }), content]);
  }

  function plainList(values) {
    return el("ul", { className: "kg-plain" }, values.map(function (v) { return el("li", { text: v }); }));
  }

  /** A list of the first `limit` items, and a button that adds the others: a hub's panel on a
   * graph of 20,000 edges stays quick to open. */
  function cappedList(tag, className, items, render, limit, what) {
    var list = el(tag, { className: className });
    items.slice(0, limit).forEach(function (item) { list.append(render(item)); });
    if (items.length > limit) {
      var more = el("li", { className: "kg-more" }, [button("Show " + plural(items.length - limit, "more " + what[0], "more " + what[1]), function () {
        more.remove();
        items.slice(limit).forEach(function (item) { list.append(render(item)); });
      }, { "data-action": "more" })]);
      list.append(more);
    }
    return list;
  }

  var EVIDENCE_SHOWN = 3; // sentences per relation in lists (a relation's own panel shows all)
  var ITEMS_SHOWN = 100; // relations, entities or documents per section of a panel

  function evidenceList(e, onlyDocument, limit) {
    var items = onlyDocument ? e.evidence.filter(function (ev) { return ev.document === onlyDocument; }) : e.evidence;
    return cappedList("ol", "kg-evidence", items, function (ev) {
      var source = el("span", { className: "kg-source" }, [documentLink(ev.document, ev.document)]);
      var d = documentById.get(ev.document);
      if (d && d.title) source.append(" \u00b7 " + d.title);
      if (ev.rule) source.append(" \u00b7 rule " + ev.rule);
      return el("li", null, [el("q", { className: "kg-sentence", text: ev.sentence }), source]);
    }, limit || EVIDENCE_SHOWN, ["sentence", "sentences"]);
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

  function edgeMeta(e) {
    var parts = [];
    if (e.role) parts.push(el("span", { className: "kg-muted", text: "as " + e.role }));
    if (e.date) parts.push(el("span", { className: "kg-muted", text: e.date }));
    else if (e.when) parts.push(el("span", { className: "kg-muted", text: e.when + " (article)" }));
    if (confidenceText(e)) {
      parts.push(el("span", { className: "kg-muted", text: "confidence " + confidenceText(e) + (e.basis === "context" ? ", from context" : "") }));
    }
    return parts;
  }

  function relationItem(e, outgoing, onlyDocument) {
    var other = outgoing ? e.to : e.from;
    var head = outgoing
      ? [edgeLink(e), el("span", { className: "kg-muted", text: "\u2192" }), nodeLink(other)]
      : [nodeLink(other), el("span", { className: "kg-muted", text: "\u2192" }), edgeLink(e)];
    return el("li", { className: "kg-rel", "data-edge": e.id }, [
      el("div", { className: "kg-rel-head" }, head.concat(edgeMeta(e))),
      evidenceList(e, onlyDocument),
    ]);
  }

  /** "A → relation → B" with its evidence, both ends named. */
  function fullRelationItem(e, onlyDocument) {
    return el("li", { className: "kg-rel", "data-edge": e.id }, [
      el("div", { className: "kg-rel-head" }, [
        nodeLink(e.from), el("span", { className: "kg-muted", text: "\u2192" }), edgeLink(e),
        el("span", { className: "kg-muted", text: "\u2192" }), nodeLink(e.to),
      ].concat(edgeMeta(e))),
      evidenceList(e, onlyDocument),
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
      el("div", { className: "kg-actions" }, [
        el("span", { className: "kg-muted", text: "Neighbours:" }),
        button("1 step", function () { focusNeighbourhood(id, 1); }, { "data-action": "neighbours-1" }),
        button("2 steps", function () { focusNeighbourhood(id, 2); }, { "data-action": "neighbours-2" }),
      ]),
      el("div", { className: "kg-actions" }, [
        el("span", { className: "kg-muted", text: "Paths:" }),
        button("from here", function () { pathFrom.setEntity(id); pathTo.input.focus(); }, { "data-action": "path-from" }),
        button("to here", function () {
          pathTo.setEntity(id);
          if (pathFrom.id && pathFrom.id !== id) showPaths(pathFrom.id, id);
          else pathFrom.input.focus();
        }, { "data-action": "path-to" }),
      ]),
      n.aliases.length ? section("Aliases", plainList(n.aliases)) : null,
      n.documents.length ? section("Documents (" + n.documents.length + ")", cappedList("ul", "kg-plain", n.documents, function (doc) {
        return el("li", null, [documentLink(doc)]);
      }, ITEMS_SHOWN, ["document", "documents"])) : null,
    ];
    if (outs.length) {
      children.push(section("Outgoing relations (" + outs.length + ")", cappedList("ul", "kg-rels", outs,
        function (e) { return relationItem(e, true); }, ITEMS_SHOWN, ["relation", "relations"])));
    }
    if (ins.length) {
      children.push(section("Incoming relations (" + ins.length + ")", cappedList("ul", "kg-rels", ins,
        function (e) { return relationItem(e, false); }, ITEMS_SHOWN, ["relation", "relations"])));
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
        ["Article date", e.whenFrom === "article" ? e.when : ""],
        ["Confidence", confidenceText(e)],
        ["Basis", BASIS_TEXT[e.basis] || e.basis],
        ["Weight", String(e.weight)],
        ["Documents", documents.join(", ")],
      ]),
      section("Evidence (" + e.evidence.length + ")", evidenceList(e, null, Infinity)),
    ], { kind: "edge", id: id });
  }

  function showPathPanel(from, to, found) {
    var a = nodeById.get(from), b = nodeById.get(to);
    var children = [
      el("p", { className: "kg-kicker" }, [chip("paths", "#57606a")]),
      el("h2", { text: a.label + " \u2194 " + b.label }),
    ];
    if (!found) {
      var filtered = hiddenRelations.size || hiddenTypes.size || minConfidence > 0 || timeActive() || !showUndated;
      children.push(el("p", { className: "kg-path-none", text: "No path connects " + a.label + " and " + b.label +
        (filtered ? " through the relations the filters show." : ".") }));
      showPanel(children, { kind: "paths", from: from, to: to, length: null });
      return;
    }
    children.push(el("p", { className: "kg-muted", text:
      (found.count > found.paths.length ? "The first " + found.paths.length + " of " + count(found.count) + " shortest paths"
        : found.count === 1 ? "The shortest path" : "All " + found.count + " shortest paths") +
      ", " + plural(found.length, "step", "steps") + " each, over any relation in either direction." }));
    children.push(el("div", { className: "kg-actions" }, [button("Show whole graph", showWholeGraph)]));
    var list = el("ol", { className: "kg-paths" });
    found.paths.forEach(function (path, i) {
      var line = el("p", { className: "kg-path-line" });
      path.forEach(function (id, k) {
        if (k) line.append(el("span", { className: "kg-muted", text: " \u2014 " }));
        line.append(nodeLink(id));
      });
      var hopsList = el("ul", { className: "kg-rels" });
      found.hops[i].forEach(function (hop) {
        hop.forEach(function (e) { hopsList.append(fullRelationItem(e)); });
      });
      list.append(el("li", { className: "kg-path", "data-path": String(i) }, [line, hopsList]));
    });
    children.push(list);
    showPanel(children, { kind: "paths", from: from, to: to, length: found.length });
  }

  function documentFacts(d) {
    return facts([
      ["Id", d.id],
      ["Date", d.date],
      ["Source", d.source],
      ["URL", d.url ? urlItem(d.url) : ""],
    ]);
  }

  /** The document's panel: what it is, and the entities and relations it gave. */
  function showDocument(id) {
    var d = documentById.get(id) || { id: id, title: "", date: "", url: "", source: "" };
    var contents = documentContents(id);
    var entityItems = contents.nodes.slice().sort(function (a, b) {
      return compareText(nodeById.get(a).label, nodeById.get(b).label);
    }).map(function (nid) {
      return el("li", null, [nodeLink(nid), el("span", { className: "kg-muted", text: " \u00b7 " + nodeById.get(nid).type })]);
    });
    showPanel([
      el("p", { className: "kg-kicker" }, [chip("document", "#57606a")]),
      el("h2", { text: d.title || d.id }),
      documentFacts(d),
      el("div", { className: "kg-actions" }, [
        button("Show only what it gave", function () { focusDocument(id); }, { "data-action": "focus-document" }),
        button("All sources", showDocuments),
      ]),
      section("Entities (" + contents.nodes.length + ")", el("ul", { className: "kg-plain kg-columns" }, entityItems)),
      section("Relations (" + contents.edges.length + ")", cappedList("ul", "kg-rels", contents.edges,
        function (e) { return fullRelationItem(e, id); }, ITEMS_SHOWN, ["relation", "relations"])),
    ], { kind: "document", id: id });
  }

  var DOCUMENTS_SHOWN = 300;

  /** The list of sources: every document, with title, date, source and link. */
  function showDocuments(query) {
    var filter = el("input", {
      type: "search",
      className: "kg-doc-filter",
      placeholder: "Filter by title, id, source or date",
      "aria-label": "Filter the documents",
      spellcheck: "false",
    });
    filter.value = typeof query === "string" ? query : "";
    var list = el("ul", { className: "kg-docs" });
    var summary = el("p", { className: "kg-muted" });

    function render() {
      clear(list);
      var q = fold(filter.value);
      var docs = data.documents.filter(function (d) {
        return !q || fold([d.title, d.id, d.source, d.date].join(" ")).indexOf(q) >= 0;
      });
      docs.slice(0, DOCUMENTS_SHOWN).forEach(function (d) {
        var contents = documentContents(d.id);
        var meta = [d.date, d.source, plural(contents.nodes.length, "entity", "entities") + ", " +
          plural(contents.edges.length, "relation", "relations")].filter(Boolean).join(" \u00b7 ");
        var href = webUrl(d.url);
        list.append(el("li", { className: "kg-doc", "data-document": d.id }, [
          documentLink(d.id, d.title || d.id),
          d.title ? el("span", { className: "kg-source", text: d.id }) : null,
          el("span", { className: "kg-source", text: meta }),
          d.url ? el("span", { className: "kg-source" }, [href ? urlItem(d.url, "open the article \u2197") : urlItem(d.url)]) : null,
        ]));
      });
      summary.textContent = docs.length > DOCUMENTS_SHOWN
        ? "The first " + DOCUMENTS_SHOWN + " of " + count(docs.length) + " documents; type to narrow them."
        : plural(docs.length, "document", "documents") + (q ? " match." : ".");
    }

    filter.addEventListener("input", render);
    render();
    showPanel([
      el("p", { className: "kg-kicker" }, [chip("sources", "#57606a")]),
      el("h2", { text: "Sources" }),
      filter,
      summary,
      list,
    ], { kind: "documents" });
    return data.documents.length;
  }

  byId("kg-sources").textContent = "Sources (" + count(data.documents.length) + ")";
  byId("kg-sources").addEventListener("click", function () { showDocuments(); });

  function revealEdge(e) {
    [e.from, e.to].forEach(function (nid) {
      var type = nodeById.get(nid).type;
      if (hiddenTypes.has(type)) hiddenTypes.delete(type);
      if (typeBoxes.has(type)) typeBoxes.get(type).checked = true;
    });
    if (hiddenRelations.has(e.relation)) {
      hiddenRelations.delete(e.relation);
      relationBoxes.get(e.relation).checked = true;
    }
    if (!edgeConfident(e)) {
      minConfidence = Math.floor(e.confidence * 20) / 20;
      confidenceInput.value = String(minConfidence);
      confidenceValue.textContent = minConfidence.toFixed(2);
    }
    if (!edgeInTime(e)) {
      if (e.t0 === null) {
        showUndated = true;
        undatedBox.checked = true;
      } else {
        timeLo = 0;
        timeHi = time.bins.length - 1;
        timeFrom.value = "0";
        timeTo.value = String(timeHi);
      }
    }
    if (focus) {
      computeShown();
      if (!edgeMask[e.index]) setFocus(null);
    }
    refresh();
  }

  function selectNode(id, zoom) {
    var n = nodeById.get(id);
    if (!n) return false;
    if (hiddenTypes.has(n.type)) setTypeVisible(n.type, true);
    if (!shownNodes.has(id)) {
      if (focus) setFocus(null);
      if (hideIsolated) hideIsolated = isolatedBox.checked = false;
      refresh();
    }
    network.selectNodes([id]);
    // The panel first: it narrows the canvas, and focus centres on the canvas as it is now.
    showNode(id);
    if (zoom !== false) {
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
    if (!edgeMask[e.index]) revealEdge(e);
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
  var searchIndex = null;
  var knownNames = null;

  function index() {
    if (!searchIndex) {
      searchIndex = data.nodes.map(function (n) {
        return { id: n.id, names: [n.label].concat(n.aliases).map(fold) };
      });
      knownNames = new Set();
      searchIndex.forEach(function (entry) { entry.names.forEach(function (name) { knownNames.add(name); }); });
    }
    return searchIndex;
  }

  function fillDatalist() {
    var list = byId("kg-names");
    if (list.childElementCount) return;
    var names = new Set();
    data.nodes.forEach(function (n) {
      names.add(n.label);
      n.aliases.forEach(function (a) { names.add(a); });
    });
    var fragment = document.createDocumentFragment();
    Array.from(names).sort().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      fragment.append(option);
    });
    list.append(fragment);
  }

  /** Ids of the nodes whose label or an alias matches `query`, best first: exact, prefix,
   * word prefix, then substring matches; more mentions first among equals. */
  function findNodes(query) {
    var q = fold(query);
    if (!q) return [];
    var hits = [];
    index().forEach(function (entry) {
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

  /** Labels of entities that max_nodes left out of the page and that match `query`. */
  function findOmitted(query) {
    var q = fold(query);
    if (!q || !omitted || !omitted.labels) return [];
    return omitted.labels.filter(function (label) { return fold(label).indexOf(q) >= 0; });
  }

  var results = byId("kg-search-results");

  function showResults(ids, query) {
    clear(results);
    if (!ids.length) {
      var left = findOmitted(query);
      var text;
      if (left.length) {
        text = "\u201c" + left[0] + "\u201d" + (left.length > 1 ? " and " + plural(left.length - 1, "other", "others") : "") +
          " " + (left.length > 1 ? "are" : "is") + " in the graph but not on this page: it shows the " +
          count(data.nodes.length) + " most-connected entities (max_nodes=" + omitted.max_nodes + ").";
      } else {
        text = "No entity matches \u201c" + query + "\u201d";
        if (omitted && omitted.nodes > 0) text += " among the " + count(data.nodes.length) + " shown";
        text += ".";
      }
      results.append(el("li", null, [el("span", { className: "kg-empty", text: text })]));
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
  searchInput.addEventListener("focus", fillDatalist);
  searchInput.addEventListener("input", function () {
    // Picking a name from the suggestions selects it at once.
    index();
    if (knownNames.has(fold(searchInput.value))) search(searchInput.value);
    else results.hidden = true;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") results.hidden = true;
  });
  document.addEventListener("click", function (event) {
    if (!byId("kg-search").contains(event.target)) results.hidden = true;
  });

  // ---- path picker ----------------------------------------------------------------------------
  function entityPicker(inputId) {
    var input = byId(inputId);
    var picker = {
      input: input,
      id: null,
      setEntity: function (id) {
        picker.id = id;
        input.value = nodeById.get(id).label;
      },
      resolve: function () {
        if (picker.id && nodeById.get(picker.id).label === input.value) return picker.id;
        var ids = findNodes(input.value);
        picker.id = ids.length ? ids[0] : null;
        return picker.id;
      },
    };
    input.addEventListener("focus", fillDatalist);
    input.addEventListener("input", function () { picker.id = null; });
    return picker;
  }

  var pathFrom = entityPicker("kg-path-from");
  var pathTo = entityPicker("kg-path-to");
  var pathMessage = byId("kg-path-message");

  function hidePathMessage() {
    pathMessage.hidden = true;
  }

  byId("kg-paths").addEventListener("submit", function (event) {
    event.preventDefault();
    var from = pathFrom.resolve(), to = pathTo.resolve();
    if (!from || !to) {
      pathMessage.hidden = false;
      pathMessage.textContent = "No entity matches \u201c" + (!from ? pathFrom.input.value : pathTo.input.value) + "\u201d.";
      return;
    }
    if (from === to) {
      pathMessage.hidden = false;
      pathMessage.textContent = "Pick two different entities.";
      return;
    }
    showPaths(from, to);
  });

  // ---- export what is shown ------------------------------------------------------------------
  function xmlText(value) {
    return String(value)
      .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, "\ufffd")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])/g, "\ufffd")
      .replace(/(^|[^\ud800-\udbff])[\udc00-\udfff]/g, "$1\ufffd")
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
  }

  function joinList(values) {
    return values.map(function (v) { return String(v).replace(/\\/g, "\\\\").replace(/;/g, "\\;"); }).join(";");
  }

  function pyFloat(x) {
    // Python's repr of a float, for the numbers the graph holds
    return Number.isInteger(x) ? x.toFixed(1) : String(x);
  }

  function sortedKeys(object) {
    var out = {};
    Object.keys(object).sort().forEach(function (k) { out[k] = object[k]; });
    return out;
  }

  function shownSubgraph() {
    var nodeList = data.nodes.filter(function (n) { return shownNodes.has(n.id); });
    return { nodes: nodeList, edges: shownEdges.slice() };
  }

  /** The shown subgraph as GraphML in kg's format (docs/graph-format.md): `kg view` and
   * `read_graphml` read it, Gephi opens it. */
  function exportGraphML() {
    var sub = shownSubgraph();
    var docs = {};
    sub.nodes.forEach(function (n) { n.documents.forEach(function (d) { docs[d] = true; }); });
    sub.edges.forEach(function (e) { e.evidence.forEach(function (ev) { docs[ev.document] = true; }); });
    var table = {};
    Object.keys(docs).sort().forEach(function (id) {
      var d = documentById.get(id);
      if (!d) return;
      var fields = {};
      ["date", "source", "title", "url"].forEach(function (k) { if (d[k]) fields[k] = d[k]; });
      table[id] = fields;
    });
    var NS = "http://graphml.graphdrawing.org/xmlns";
    var out = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="' + NS + '" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        'xsi:schemaLocation="' + NS + " " + NS + '/1.0/graphml.xsd">',
    ];
    var hasTable = Object.keys(table).length > 0;
    if (hasTable) out.push('  <key id="graph_documents" for="graph" attr.name="documents" attr.type="string"/>');
    [["label", "label", "string"], ["type", "type", "string"], ["aliases", "aliases", "string"],
     ["mentions", "mentions", "int"], ["documents", "documents", "string"], ["r", "r", "int"], ["g", "g", "int"],
     ["b", "b", "int"], ["size", "size", "float"]].forEach(function (k) {
      out.push('  <key id="' + k[0] + '" for="node" attr.name="' + k[1] + '" attr.type="' + k[2] + '"/>');
    });
    [["edgelabel", "label", "string"], ["relation", "relation", "string"], ["role", "role", "string"],
     ["weight", "weight", "int"], ["date", "date", "string"], ["basis", "basis", "string"],
     ["confidence", "confidence", "double"], ["sentence", "sentence", "string"], ["evidence", "evidence", "string"],
     ["edgedocuments", "documents", "string"], ["rules", "rules", "string"]].forEach(function (k) {
      out.push('  <key id="' + k[0] + '" for="edge" attr.name="' + k[1] + '" attr.type="' + k[2] + '"/>');
    });
    out.push('  <graph id="G" edgedefault="directed">');
    if (hasTable) out.push('    <data key="graph_documents">' + xmlText(JSON.stringify(table)) + "</data>");
    function dataLine(indent, key, value) {
      if (value === "" || value === null || value === undefined) return;
      out.push(indent + '<data key="' + key + '">' + xmlText(value) + "</data>");
    }
    sub.nodes.forEach(function (n) {
      out.push('    <node id="' + xmlText(n.id).replace(/"/g, "&quot;") + '">');
      var rgb = n.color.replace("#", "");
      dataLine("      ", "label", n.label);
      dataLine("      ", "type", n.type);
      dataLine("      ", "aliases", n.aliases.length ? joinList(n.aliases) : "");
      dataLine("      ", "mentions", String(n.mentions));
      dataLine("      ", "documents", n.documents.length ? joinList(n.documents) : "");
      dataLine("      ", "r", String(parseInt(rgb.slice(0, 2), 16)));
      dataLine("      ", "g", String(parseInt(rgb.slice(2, 4), 16)));
      dataLine("      ", "b", String(parseInt(rgb.slice(4, 6), 16)));
      dataLine("      ", "size", pyFloat(n.size));
      out.push("    </node>");
    });
    sub.edges.forEach(function (e, i) {
      out.push('    <edge id="e' + i + '" source="' + xmlText(e.from).replace(/"/g, "&quot;") + '" target="' +
        xmlText(e.to).replace(/"/g, "&quot;") + '">');
      dataLine("      ", "edgelabel", e.relation);
      dataLine("      ", "relation", e.relation);
      dataLine("      ", "role", e.role);
      dataLine("      ", "weight", String(e.weight));
      dataLine("      ", "date", e.date);
      dataLine("      ", "basis", e.basis);
      dataLine("      ", "confidence", typeof e.confidence === "number" ? pyFloat(e.confidence) : "");
      if (e.evidence.length) {
        dataLine("      ", "sentence", e.evidence[0].sentence);
        dataLine("      ", "evidence", JSON.stringify(e.evidence.map(sortedKeys)));
        var docsOf = {}, rules = {};
        e.evidence.forEach(function (ev) {
          if (ev.document) docsOf[ev.document] = true;
          if (ev.rule) rules[ev.rule] = true;
        });
        dataLine("      ", "edgedocuments", joinList(Object.keys(docsOf).sort()));
        dataLine("      ", "rules", joinList(Object.keys(rules).sort()));
      }
      out.push("    </edge>");
    });
    out.push("  </graph>");
    out.push("</graphml>");
    return out.join("\n") + "\n";
  }

  /** One CSV cell: quoted when it must be, and a text that a spreadsheet would read as a
   * formula (=, +, -, @ first) gets a leading apostrophe. */
  function csvCell(value, isText) {
    var text = value === null || value === undefined ? "" : String(value);
    if (isText && /^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvRows(header, rows, numeric) {
    var lines = [header.join(",")];
    rows.forEach(function (row) {
      lines.push(row.map(function (v, i) { return csvCell(v, !numeric[header[i]]); }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  /** The shown entities ("nodes") or relations ("edges": one row per evidence sentence) as CSV,
   * UTF-8 with a byte-order mark so that spreadsheets read the names right. */
  function exportCSV(kind) {
    var sub = shownSubgraph();
    if (kind === "nodes") {
      return csvRows(["id", "label", "type", "aliases", "mentions", "documents"],
        sub.nodes.map(function (n) {
          return [n.id, n.label, n.type, joinList(n.aliases), n.mentions, joinList(n.documents)];
        }), { mentions: true });
    }
    var rows = [];
    sub.edges.forEach(function (e) {
      var base = [e.id, e.from, e.to, nodeById.get(e.from).label, nodeById.get(e.to).label, e.relation, e.role, e.date,
        e.when, typeof e.confidence === "number" ? e.confidence : "", e.basis, e.weight];
      var evidence = e.evidence.length ? e.evidence : [{ document: "", sentence: "", rule: "" }];
      evidence.forEach(function (ev) {
        var d = documentById.get(ev.document) || {};
        rows.push(base.concat([ev.document, d.title || "", d.url || "", ev.sentence, ev.rule]));
      });
    });
    return csvRows(["edge", "source", "target", "source_label", "target_label", "relation", "role", "date", "when",
      "confidence", "basis", "weight", "document", "document_title", "document_url", "sentence", "rule"], rows,
      { confidence: true, weight: true });
  }

  var EXPORTS = {
    graphml: { name: "kg-shown.graphml", type: "application/graphml+xml", make: exportGraphML },
    nodes: { name: "kg-shown-entities.csv", type: "text/csv", make: function () { return exportCSV("nodes"); } },
    edges: { name: "kg-shown-relations.csv", type: "text/csv", make: function () { return exportCSV("edges"); } },
  };

  /** Download what is shown: "graphml", "nodes" (CSV) or "edges" (CSV). */
  function download(kind) {
    var spec = EXPORTS[kind];
    if (!spec) return null;
    var blob = new Blob([spec.make()], { type: spec.type + ";charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = el("a", { href: url, download: spec.name, hidden: "" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    return spec.name;
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-export]"), function (b) {
    b.addEventListener("click", function () { download(b.getAttribute("data-export")); });
  });

  // ---- the API the tests and curious users can call -------------------------------------------
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;
  api.visibleNodeIds = function () { return data.nodes.filter(function (n) { return shownNodes.has(n.id); }).map(function (n) { return n.id; }); };
  api.visibleEdgeIds = function () { return shownEdges.map(function (e) { return e.id; }); };
  api.drawnNodeIds = function () { return network.body.nodeIndices.slice(); };
  api.drawnEdgeIds = function () { return network.body.edgeIndices.slice(); };
  api.setTypeVisible = setTypeVisible;
  api.setRelationVisible = setRelationVisible;
  api.setMinConfidence = setMinConfidence;
  api.minConfidence = function () { return minConfidence; };
  api.setTimeRange = setTimeRange;
  api.timeRange = timeRange;
  api.timeBins = function () { return time.bins.map(function (b) { return { label: b.label, total: b.total }; }); };
  api.setShowUndated = setShowUndated;
  api.setHideIsolated = setHideIsolated;
  api.focusNeighbourhood = focusNeighbourhood;
  api.showWholeGraph = showWholeGraph;
  api.focus = function () { return focus ? { kind: focus.kind, id: focus.id || null, depth: focus.depth || null } : null; };
  api.shortestPaths = function (from, to) {
    var found = shortestPaths(from, to);
    return found ? { length: found.length, count: found.count, paths: found.paths } : null;
  };
  api.showPaths = showPaths;
  api.showDocuments = showDocuments;
  api.showDocument = showDocument;
  api.focusDocument = focusDocument;
  api.exportGraphML = exportGraphML;
  api.exportCSV = exportCSV;
  api.download = download;
  api.findNodes = findNodes;
  api.search = search;
  api.selectNode = selectNode;
  api.selectEdge = selectEdge;
  api.physicsEnabled = function () { return physicsOn; };
  api.panelText = function () { return panel.hidden ? "" : panelBody.textContent; };
})();
