// Widget loader reading its callback from the address: only the constant element of the object reaches the sink.

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  const job = { target: callback, preset: 'renderWidget' };
  // ok: CWE-95
  setTimeout(job.preset + '(window.widgetData)', 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
