// Oversight page: two charts from the figures in the canvases' data-chart attribute (the page runs no inline
// script). The tables hold the same figures; without Chart.js the page says so and stays complete.
const status = document.getElementById('chart-status');
const timeCanvas = document.getElementById('chart-time');
const catchCanvas = document.getElementById('chart-catch');

function percent(values) {
  return values.map((v) => (v === null ? null : Math.round(v * 1000) / 10));
}

if (timeCanvas && catchCanvas) {
  if (!window.Chart) {
    status.textContent = 'The charts could not load; the tables above hold the same figures.';
  } else {
    const data = JSON.parse(timeCanvas.dataset.chart);
    const common = { responsive: true, maintainAspectRatio: false, animation: false };
    new window.Chart(timeCanvas, {
      type: 'bar',
      data: {
        labels: data.reviewers,
        datasets: [
          { label: 'median, s', data: data.medianSeconds, backgroundColor: '#2b6cb0' },
          { label: 'fastest tenth (p10), s', data: data.p10Seconds, backgroundColor: '#90cdf4' },
        ],
      },
      options: { ...common, scales: { y: { beginAtZero: true, title: { display: true, text: 'seconds' } } } },
    });
    const low = percent(data.catchLow);
    const high = percent(data.catchHigh);
    new window.Chart(catchCanvas, {
      type: 'bar',
      data: {
        labels: data.reviewers,
        datasets: [
          { label: 'planted errors caught, %', data: percent(data.catchRate), backgroundColor: '#2f855a' },
          {
            label: '95% interval, %',
            data: low.map((l, i) => (l === null ? null : [l, high[i]])),
            backgroundColor: 'rgba(47, 133, 90, 0.25)',
          },
          { label: 'approved unedited, %', data: percent(data.uneditedApprovalRate), backgroundColor: '#c05621' },
        ],
      },
      options: { ...common, scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } } },
    });
    status.textContent = 'Charts drawn for ' + data.reviewers.length + ' reviewer(s).';
    document.body.dataset.chartsReady = 'yes';
  }
}
