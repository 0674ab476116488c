// Draws off-the-job hours logged against the expected line from the data attributes of its
// canvas. The same figures stand in the table beside it, so the page is complete without it.
(function () {
  'use strict';
  var canvas = document.getElementById('otj-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return canvas.getAttribute(name).split('|').map(Number);
  }
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: canvas.getAttribute('data-labels').split('|'),
      datasets: [
        { label: canvas.getAttribute('data-logged-label'), data: numbers('data-logged'), borderColor: '#0a3622', backgroundColor: '#0a3622' },
        { label: canvas.getAttribute('data-expected-label'), data: numbers('data-expected'), borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [6, 4] }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
  });
}());
