// Draws the dashboard's charts from their data attributes (no inline script under the CSP). Rates arrive as
// numbers; the labels shown are the server's Vietnamese texts (70,68%).
(function () {
    function draw(element) {
        if (!window.echarts || !element.dataset.chart) {
            return;
        }
        var data = JSON.parse(element.dataset.chart);
        var chart = echarts.getInstanceByDom(element) || echarts.init(element);
        var bar = element.dataset.kind === 'bar';
        chart.setOption({
            grid: {left: bar ? 110 : 40, right: 16, top: 16, bottom: 28},
            tooltip: {trigger: 'axis', formatter: function (p) { return p[0].name + ': ' + data.texts[p[0].dataIndex]; }},
            xAxis: bar ? {type: 'value', max: 100} : {type: 'category', data: data.labels},
            yAxis: bar ? {type: 'category', data: data.labels, inverse: true} : {type: 'value', max: 100},
            series: [{type: bar ? 'bar' : 'line', data: data.values,
                label: {show: bar, position: 'right', formatter: function (p) { return data.texts[p.dataIndex]; }}}]
        }, true);
        window.addEventListener('resize', function () { chart.resize(); });
    }
    function drawAll() {
        document.querySelectorAll('.statistics-chart').forEach(draw);
    }
    document.addEventListener('DOMContentLoaded', drawAll);
    document.addEventListener('htmx:afterSettle', drawAll);
})();
