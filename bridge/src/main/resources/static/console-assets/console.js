// Draws every <div class="chart" data-chart='{"kind":"bar|pie","labels":[...],"values":[...]}'> with ECharts, again
// after htmx swaps content in; data-labels (a JSON array from the message bundles) names the slices in the page's
// language. Numbers in Indonesian form (1.234,5), as everywhere in the console. No inline scripts: the pages stay
// compatible with a strict Content-Security-Policy.
(function () {
  var indonesian = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
  function number(value) { return indonesian.format(value); }
  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'svg' });
      var values = spec.values.map(Number);
      var labels = el.hasAttribute('data-labels') ? JSON.parse(el.getAttribute('data-labels')) : spec.labels;
      var unit = spec.percent ? ' %' : '';
      var option;
      if (spec.kind === 'pie') {
        option = {
          animation: false,
          tooltip: { trigger: 'item', valueFormatter: number },
          legend: { bottom: 0 },
          series: [{ type: 'pie', radius: ['30%', '55%'], center: ['50%', '45%'],
            label: { formatter: function (p) { return p.name + ': ' + number(p.value) + ' JP'; },
              overflow: 'break', width: 120 },
            // An empty slice has no place on a pie: its label would only sit on its neighbour's.
            data: labels.map(function (l, i) { return { name: l, value: values[i] }; })
              .filter(function (d) { return d.value > 0; }) }]
        };
      } else {
        option = {
          animation: false,
          tooltip: { trigger: 'axis', valueFormatter: function (v) { return number(v) + unit; } },
          grid: { left: 48, right: 16, top: 24, bottom: 64 },
          xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 45 : 0, interval: 0 } },
          yAxis: { type: 'value', max: spec.percent ? 100 : null,
            axisLabel: { formatter: function (v) { return number(v) + unit; } } },
          series: [{ type: 'bar', data: values, itemStyle: { color: '#1d70b8' },
            label: { show: labels.length <= 20, position: 'top', formatter: function (p) { return number(p.value); } } }]
        };
      }
      chart.setOption(option);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSwap', function (e) { draw(e.target); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var chart = typeof echarts !== 'undefined' && echarts.getInstanceByDom(el);
      if (chart) { chart.resize(); }
    });
  });
})();
