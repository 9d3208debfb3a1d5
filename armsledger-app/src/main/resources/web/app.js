// armsledger's page script: charts from the JSON the server put in <script type="application/json">
// elements (never executed), the network's click-through, and the upload form. No inline script.
(function () {
  'use strict';
  var STATUS_COLOURS = {
    possible: '#b0b7c3', considered: '#8fa3bf', requested: '#6c8ebf', offered: '#4f7cba', planned: '#3a6db5',
    agreed: '#1f5fa8', delivered: '#2e9e4f', halted: '#d9822b', rejected: '#c23b3b', denied: '#8e2a2a'
  };
  var STAGES = ['denied', 'rejected', 'halted', 'possible', 'considered', 'requested', 'offered', 'planned', 'agreed', 'delivered'];

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function chart(id) {
    var el = document.getElementById(id);
    return el && window.echarts ? window.echarts.init(el) : null;
  }

  function history() {
    var points = data('history-data');
    var c = chart('history-chart');
    if (!points || !c) { return; }
    c.setOption({
      grid: { left: 90, right: 20, top: 10, bottom: 30 },
      tooltip: { trigger: 'item', formatter: function (p) { return p.data[2] + '<br>' + p.data[1] + ', ' + p.data[0]; } },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: STAGES },
      series: [{
        type: 'scatter', symbolSize: 12,
        data: points.map(function (p) { return [p.date, p.status, p.claim]; }),
        itemStyle: { color: function (p) { return STATUS_COLOURS[p.data[1]] || '#555'; } }
      }]
    });
  }

  function actor() {
    var d = data('actor-data');
    var c = chart('actor-chart');
    if (!d || !c) { return; }
    var years = {};
    ['supplier', 'recipient'].forEach(function (side) { Object.keys(d[side] || {}).forEach(function (y) { years[y] = true; }); });
    var xs = Object.keys(years).sort();
    function total(side, y) {
      var o = (d[side] || {})[y] || {};
      return Object.keys(o).reduce(function (s, k) { return s + o[k]; }, 0);
    }
    c.setOption({
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      legend: { data: ['supplies', 'receives'] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: xs },
      yAxis: { type: 'value', name: 'entries' },
      series: [
        { name: 'supplies', type: 'bar', data: xs.map(function (y) { return total('supplier', y); }) },
        { name: 'receives', type: 'bar', data: xs.map(function (y) { return total('recipient', y); }) }
      ]
    });
  }

  function network() {
    var g = data('network-data');
    var c = chart('network-chart');
    if (!g || !c) { return; }
    var degree = {};
    var seen = {};
    g.edges.forEach(function (e) { degree[e.source] = (degree[e.source] || 0) + 1; degree[e.target] = (degree[e.target] || 0) + 1; });
    c.setOption({
      tooltip: {
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var e = p.data.entry;
            return e.sourceName + ' → ' + e.targetName + ': ' + e.item + ' (' + e.status + ', ' + e.origins + ' origins)';
          }
          return p.data.name;
        }
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 700, edgeLength: [110, 260], gravity: 0.08 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        label: { show: true, position: 'right', fontSize: 11 },
        data: g.nodes.map(function (n) {
          return { id: n.id, name: n.name, symbolSize: 8 + Math.min(30, 3 * (degree[n.id] || 1)), itemStyle: { color: n.kind === 'state' ? '#1f5fa8' : '#d9822b' } };
        }),
        links: g.edges.map(function (e) {
          var names = {};
          g.nodes.forEach(function (n) { names[n.id] = n.name; });
          // parallel entries between one pair bend apart, so that each can be seen and clicked
          var pair = e.source + '>' + e.target;
          seen[pair] = (seen[pair] || 0) + 1;
          return {
            source: e.source, target: e.target,
            entry: { id: e.id, item: e.item, status: e.status, origins: e.origins, sourceName: names[e.source], targetName: names[e.target] },
            lineStyle: { width: Math.min(8, 1 + e.origins), color: STATUS_COLOURS[e.status] || '#777', curveness: 0.08 + 0.16 * (seen[pair] - 1), opacity: 0.85 }
          };
        })
      }]
    });
    c.on('click', function (p) {
      if (p.dataType === 'edge' && p.data.entry) {
        window.location.href = '/entries/' + encodeURIComponent(p.data.entry.id);
      }
    });
    window.armsledgerNetwork = c; // for tests: the chart instance
  }

  function upload() {
    var form = document.getElementById('upload-form');
    if (!form) { return; }
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var token = document.getElementById('upload-token').value;
      var files = document.getElementById('upload-files').files;
      var body = new FormData();
      for (var i = 0; i < files.length; i++) { body.append('files', files[i], files[i].name); }
      var out = document.getElementById('upload-result');
      out.textContent = 'reading...';
      fetch('/api/v1/articles', { method: 'POST', headers: { Authorization: 'Bearer ' + token }, body: body })
        .then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); })
        .then(function (r) {
          out.textContent = '';
          var p = document.createElement('p');
          if (r.status === 201) {
            p.textContent = r.body.articles.length + ' articles stored, ' + r.body.claims.length + ' claims, ' + r.body.entries.length + ' entries touched';
            out.appendChild(p);
            var ul = document.createElement('ul');
            r.body.entries.forEach(function (id) {
              var li = document.createElement('li');
              var a = document.createElement('a');
              a.href = '/entries/' + encodeURIComponent(id);
              a.textContent = id;
              li.appendChild(a);
              ul.appendChild(li);
            });
            out.appendChild(ul);
          } else {
            p.textContent = 'HTTP ' + r.status + ': ' + r.body.error + ' (' + r.body.detail + ')';
            out.appendChild(p);
          }
        })
        .catch(function (e) { out.textContent = 'failed: ' + e; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    history();
    actor();
    network();
    upload();
  });
})();
