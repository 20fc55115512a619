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
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120, width: 14, height: 14 } },
      { selector: 'node[centre = 1]', style: { width: 26, height: 26, 'font-weight': 'bold', 'font-size': 11 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#adb5bd', 'arrow-scale': .6 } },
    ],
    layout: { name: 'concentric', concentric: (n) => n.data('centre') ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 18 },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (evt) => { const href = evt.target.data('href'); if (href) window.location.href = href; });
  box.dataset.nodes = String(cy.nodes().length);
})();
