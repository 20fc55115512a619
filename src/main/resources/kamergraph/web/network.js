// The network page: the chosen network (/api/network, filtered by period and party) drawn with
// Cytoscape.js; node size by weight, colour by kind or party; a click opens the node's page.
(function () {
  const form = document.getElementById('network-form');
  const box = document.getElementById('network');
  const status = document.getElementById('network-status');
  const style = getComputedStyle(document.documentElement);
  const colour = (kind) => style.getPropertyValue('--' + kind).trim() || style.getPropertyValue('--other').trim();
  const palette = ['#1971c2', '#d9480f', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5c940d', '#7048e8', '#495057'];
  const partyColour = {};
  const byParty = (p) => { if (!p) return null; if (!partyColour[p]) partyColour[p] = palette[Object.keys(partyColour).length % palette.length]; return partyColour[p]; };
  let cy = null;

  function draw(params) {
    status.textContent = 'Loading…';
    fetch('/api/network?' + params.toString()).then((r) => r.json().then((j) => ({ ok: r.ok, j }))).then(({ ok, j }) => {
      if (!ok) { status.textContent = j.error || 'Could not load the network'; return; }
      if (cy) cy.destroy();
      const max = Math.max(1, ...j.nodes.map((n) => n.weight || 1));
      cy = cytoscape({
        container: box,
        elements: {
          nodes: j.nodes.map((n) => ({ data: { id: n.id, label: n.label + (n.party ? ' (' + n.party + ')' : ''), href: n.href, colour: byParty(n.party) || colour(n.kind), size: 10 + 30 * Math.sqrt((n.weight || 1) / max) } })),
          edges: j.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, width: Math.min(8, 1 + Math.log2(e.weight || 1)) } })),
        },
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 8, 'min-zoomed-font-size': 6 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#ced4da', 'curve-style': 'haystack', opacity: 0.8 } },
        ],
        layout: { name: j.nodes.length > 400 ? 'grid' : 'cose', animate: false, nodeRepulsion: 8000 },
        wheelSensitivity: 0.3,
      });
      cy.on('tap', 'node', (evt) => { const href = evt.target.data('href'); if (href) window.location.href = href; });
      status.textContent = j.nodes.length + ' nodes, ' + j.edges.length + ' edges' + (j.truncated ? ' (the heaviest shown)' : '');
      box.dataset.nodes = String(j.nodes.length);
      box.dataset.edges = String(j.edges.length);
    }).catch((e) => { status.textContent = 'Could not load the network: ' + e.message; });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [k, val] of new FormData(form).entries()) if (val) params.append(k, val);
    history.replaceState(null, '', '/network?' + params.toString());
    draw(params);
  });
  const initial = new URLSearchParams(window.location.search);
  for (const [k, val] of initial.entries()) { const el = form.elements.namedItem(k); if (el) el.value = val; }
  if (!initial.get('name')) initial.set('name', form.elements.namedItem('name').value);
  draw(initial);
})();
