// Widget loader reading its callback from the address: the request value is only logged; the sink uses a constant.

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  console.log('request for', callback);
  const fixed = 'renderWidget';
  // ok: CWE-95
  setTimeout(fixed + '(window.widgetData)', 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
