// Widget loader reading its callback from the address: the value is copied through an array.

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  const values = ['renderWidget', callback];
  const picked = values[1];
  // expect: CWE-95
  setTimeout(picked + '(window.widgetData)', 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
