// Widget loader reading its callback from the address: an allow-list check returns early.

const ALLOWED = ['renderWidget', 'renderChart'];

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  if (!ALLOWED.includes(callback)) {
    return console.warn('not allowed');
  }
  // ok: CWE-95
  setTimeout(callback + '(window.widgetData)', 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
