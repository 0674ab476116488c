// Draws the coverage chart from the data attributes of its canvas. The same figures stand in
// the table beside it, so the page is complete without this script.
(function () {
  'use strict';
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return canvas.getAttribute(name).split('|').map(Number);
  }
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: canvas.getAttribute('data-labels').split('|'),
      datasets: [
        { label: canvas.getAttribute('data-accepted-label'), data: numbers('data-accepted'), backgroundColor: '#0a3622' },
        { label: canvas.getAttribute('data-submitted-label'), data: numbers('data-submitted'), backgroundColor: '#6ea8fe' }
      ]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
}());
