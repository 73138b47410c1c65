// Widget loader reading its callback from the address: the request value travels in an object.

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  const job = { target: callback, attempts: 3 };
  // expect: CWE-95
  setTimeout(job.target + '(window.widgetData)', 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
