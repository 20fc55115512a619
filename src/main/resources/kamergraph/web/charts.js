// The charts page: three library queries run on the endpoint, drawn with Chart.js.
(function () {
  const config = JSON.parse(document.getElementById('config').textContent);
  const run = (query) => fetch(config.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
  }).then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then((j) => j.results.bindings);
  const v = (b, k) => (b[k] ? b[k].value : '');
  const n = (b, k) => Number(v(b, k) || 0);
  const done = (id, rows, what) => {
    const s = document.querySelector('section[data-chart="' + id + '"] .status');
    s.textContent = rows + ' ' + what; s.dataset.rows = String(rows);
  };
  const fail = (id, e) => { document.querySelector('section[data-chart="' + id + '"] .status').textContent = 'Could not load: ' + e.message; };
  const canvas = (id) => document.getElementById('chart-' + id);
  // a fresh object per chart: Chart.js writes its resolved scales into the options it is given, so
  // a shared object passed to one chart would hand its axes to the next (the horizontal chart then
  // drew on a vertical chart's axes, without bars, whenever its query came back last)
  const common = () => ({ maintainAspectRatio: false, animation: false });

  fetch('/library.json').then((r) => r.json()).then((library) => {
    const q = (name) => library.find((e) => e.name === name).query;

    run(q('questions-per-party-per-year')).then((rows) => {
      const years = [...new Set(rows.map((b) => v(b, 'year')))].sort();
      const totals = {};
      rows.forEach((b) => { totals[v(b, 'party')] = (totals[v(b, 'party')] || 0) + n(b, 'documents'); });
      const parties = Object.keys(totals).sort((a, b) => totals[b] - totals[a]).slice(0, 16);
      new Chart(canvas('party-year'), {
        type: 'bar',
        data: { labels: years, datasets: parties.map((p) => ({ label: p, data: years.map((y) => rows.filter((b) => v(b, 'party') === p && v(b, 'year') === y).reduce((s, b) => s + n(b, 'documents'), 0)) })) },
        options: { ...common(), scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'documents' } } } },
      });
      done('party-year', rows.length, 'party-years');
    }).catch((e) => fail('party-year', e));

    run(q('days-to-answer-per-ministry')).then((rows) => {
      const top = [...rows].sort((a, b) => n(b, 'answered') - n(a, 'answered')).slice(0, 25);
      new Chart(canvas('answer-days'), {
        type: 'bar',
        data: { labels: top.map((b) => v(b, 'label')), datasets: [{ label: 'average days', data: top.map((b) => n(b, 'avgDays')) }, { label: 'answered after 21 days', data: top.map((b) => n(b, 'over21')) }] },
        options: { ...common(), indexAxis: 'y' },
      });
      done('answer-days', rows.length, 'ministries');
    }).catch((e) => fail('answer-days', e));

    run(q('open-questions-per-year')).then((rows) => {
      new Chart(canvas('open-questions'), {
        type: 'bar',
        data: { labels: rows.map((b) => v(b, 'year')), datasets: [{ label: 'open questions', data: rows.map((b) => n(b, 'questions')) }, { label: 'documents', data: rows.map((b) => n(b, 'documents')) }] },
        options: common(),
      });
      done('open-questions', rows.length, 'years');
    }).catch((e) => fail('open-questions', e));
  });
})();
