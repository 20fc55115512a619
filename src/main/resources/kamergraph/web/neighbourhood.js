// Draws an entity's neighbourhood (data in #neighbourhood-data) with Cytoscape.js; a click on a
// node opens its page.
(function () {
  const data = document.getElementById('neighbourhood-data');
  const box = document.getElementById('neighbourhood');
  if (!data || !box || typeof cytoscape !== 'function') return;
  const g = JSON.parse(data.textContent);
  const style = getComputedStyle(document.documentElement);
  const colour = (kind) => style.getPropertyValue('--' + kind).trim() || style.getPropertyValue('--other').trim();
  const cy = cytoscape({
    container: box,
    elements: {
      nodes: g.nodes.map((n, i) => ({ data: { id: n.id, label: n.label, href: n.href, colour: colour(n.kind), centre: i === 0 ? 1 : 0 } })),
      edges: g.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } })),
    },
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 120, width: 14, height: 14 } },
      { selector: 'node[centre = 1]', style: { width: 26, height: 26, 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#adb5bd', 'arrow-scale': .6 } },
    ],
    // the ring is kept wide enough for names of up to 120 px beside the centre's name: with the
    // nodes' own spacing only (18 px), a member's party, documents and memberships were drawn over
    // each other and over the member's name. A neighbourhood of one or two is not blown up to fill
    // the box either (at most twice the size).
    layout: { name: 'concentric', concentric: (n) => n.data('centre') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 100 },
    maxZoom: 2,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => { const href = evt.target.data('href'); if (href) window.location.href = href; });
  box.dataset.nodes = String(cy.nodes().length);
})();
