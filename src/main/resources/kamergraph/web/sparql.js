// The SPARQL page: YASGUI on our endpoint, the query library as ready queries, a chart view for
// results with a count column (Chart.js), and our IRIs opened on this server's pages.
(function () {
  const config = JSON.parse(document.getElementById('config').textContent);
  const NS = 'https://w3id.org/kamergraph/id/';
  const NUMERIC = /#(integer|decimal|double|float|long|int|nonNegativeInteger|short)$/;
  const TIME = /^(\d{4})(-\d{2}(-\d{2})?)?$/;

  // Bars or lines of the first count column against the first label column; a time column on the
  // horizontal axis with one series per value of another column when there is one.
  class ChartPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = 'Chart'; this.chart = null; }
    columns() {
      const r = this.yasr.results;
      if (!r || typeof r.getVariables !== 'function' || !r.getBindings) return null;
      const vars = r.getVariables(); const rows = r.getBindings() || [];
      if (!rows.length || vars.length < 2) return null;
      const numeric = vars.filter((v) => rows.every((b) => !b[v] || (b[v].type !== 'uri' && NUMERIC.test(b[v].datatype || ''))) && rows.some((b) => b[v]));
      const other = vars.filter((v) => !numeric.includes(v));
      if (!numeric.length || !other.length) return null;
      const time = other.find((v) => rows.every((b) => !b[v] || TIME.test(b[v].value)));
      return { rows, value: numeric[0], label: time || other[0], series: time ? other.find((v) => v !== time) : null, time: !!time };
    }
    canHandleResults() { return !!this.columns(); }
    getIcon() { const s = document.createElement('span'); s.textContent = '▥'; return s; }
    destroy() { if (this.chart) { this.chart.destroy(); this.chart = null; } }
    draw() {
      const c = this.columns();
      const el = this.yasr.resultsEl;
      el.innerHTML = '';
      const box = document.createElement('div'); box.className = 'chart-box'; box.style.height = '420px'; box.style.position = 'relative';
      const canvas = document.createElement('canvas'); box.appendChild(canvas); el.appendChild(box);
      const name = (b, v) => (b[v] ? b[v].value.replace(NS, '') : '');
      let labels; let datasets;
      if (c.series) {
        labels = [...new Set(c.rows.map((b) => name(b, c.label)))].sort();
        const keys = [...new Set(c.rows.map((b) => name(b, c.series)))];
        datasets = keys.slice(0, 20).map((k) => ({ label: k, data: labels.map((l) => c.rows.filter((b) => name(b, c.series) === k && name(b, c.label) === l).reduce((s, b) => s + Number(b[c.value].value), 0)) }));
      } else {
        const rows = c.time ? [...c.rows].sort((a, b) => name(a, c.label).localeCompare(name(b, c.label))) : c.rows.slice(0, 40);
        labels = rows.map((b) => name(b, c.label));
        datasets = [{ label: c.value, data: rows.map((b) => Number(b[c.value] ? b[c.value].value : 0)) }];
      }
      this.destroy();
      this.chart = new Chart(canvas, { type: c.time && !c.series ? 'line' : 'bar', data: { labels, datasets }, options: { maintainAspectRatio: false, animation: false, indexAxis: c.time ? 'x' : 'y', scales: c.series ? { x: { stacked: true }, y: { stacked: true } } : {} } });
    }
  }
  // completion from this query's own variables only: the prefix and term completers fetch from
  // prefix.cc and lov.linkeddata.es, and the workbench fetches nothing from elsewhere
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  // results show our prefixes (xsd:integer, kg:Member) rather than whole IRIs
  Yasgui.Yasr.defaults.prefixes = config.prefixes;
  Yasgui.Yasr.registerPlugin('chart', ChartPlugin);
  Yasgui.Yasr.defaults.pluginOrder = ['table', 'chart', 'response'];

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: config.endpoint, method: 'POST' },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: config.endpoint }] },
    persistenceId: 'kamergraph-workbench',
  });
  window.kamergraphYasgui = yasgui;

  // our IRIs in results open here, not at w3id.org (which needs a redirect to a deployment)
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[href^="' + NS + '"]');
    if (a) { e.preventDefault(); window.location.href = '/id/' + a.getAttribute('href').substring(NS.length); }
  });

  const aside = document.getElementById('library');
  fetch('/library.json').then((r) => r.json()).then((queries) => {
    for (const q of queries) {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'query'; b.dataset.name = q.name; b.title = q.comment;
      b.textContent = q.title;
      const small = document.createElement('small'); small.textContent = q.name; b.appendChild(small);
      b.addEventListener('click', () => {
        const tab = yasgui.addTab(true, { ...Yasgui.Tab.getDefaults(), name: q.name, yasqe: { value: q.query }, requestConfig: { endpoint: config.endpoint, method: 'POST' } });
        const t = yasgui.getTab();
        t.show(); t.getYasqe().setValue(q.query); t.query();
      });
      aside.appendChild(b);
    }
  });
})();
