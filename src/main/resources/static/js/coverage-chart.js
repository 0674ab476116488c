// Draws the coverage chart from the data attributes of its canvas: one bar per programme area,
// named in full (wrapped over lines) on the side, and the count of evidence along the bottom,
// each axis with its title. The same figures stand in the table below, so the page is complete
// without this script.
(function () {
  'use strict';
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    return canvas.getAttribute(name).split('|').map(Number);
  }
  // Splits a label into lines of about the given width, at spaces.
  function wrap(label, width) {
    var lines = [];
    var line = '';
    label.split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }
  var narrow = canvas.parentElement.clientWidth < 576;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: canvas.getAttribute('data-labels').split('|').map(function (label) {
        return wrap(label, narrow ? 18 : 32);
      }),
      datasets: [
        { label: canvas.getAttribute('data-accepted-label'), data: numbers('data-accepted'), backgroundColor: '#0a3622' },
        { label: canvas.getAttribute('data-submitted-label'), data: numbers('data-submitted'), backgroundColor: '#6ea8fe' }
      ]
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0, color: '#212529' },
          title: { display: true, text: canvas.getAttribute('data-count-axis'), color: '#212529' }
        },
        y: {
          stacked: true,
          ticks: { autoSkip: false, color: '#212529', font: { size: narrow ? 11 : 12 } },
          title: { display: !narrow, text: canvas.getAttribute('data-area-axis'), color: '#212529' }
        }
      },
      plugins: { legend: { position: 'bottom' } }
    }
  });
}());
