// Draws every <div class="chart" data-chart='{"kind":"bar|pie","labels":[...],"values":[...]}'> with ECharts, again
// after htmx swaps content in. No inline scripts: the pages stay compatible with a strict Content-Security-Policy.
(function () {
  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'svg' });
      var values = spec.values.map(Number);
      var option;
      if (spec.kind === 'pie') {
        option = {
          animation: false,
          tooltip: { trigger: 'item' },
          legend: { bottom: 0 },
          series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b}: {c}' },
            data: spec.labels.map(function (l, i) { return { name: l, value: values[i] }; }) }]
        };
      } else {
        option = {
          animation: false,
          tooltip: { trigger: 'axis' },
          grid: { left: 48, right: 16, top: 16, bottom: 64 },
          xAxis: { type: 'category', data: spec.labels, axisLabel: { rotate: spec.labels.length > 6 ? 40 : 0 } },
          yAxis: { type: 'value', max: spec.percent ? 100 : null },
          series: [{ type: 'bar', data: values, itemStyle: { color: '#1d70b8' },
            label: { show: true, position: 'top' } }]
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
