// Widget loader reading its callback from the address: value built by a helper in the same file.

function formatInput(input) {
  return input + '(window.widgetData)';
}

function renderWidget() {
  const callback = new URLSearchParams(window.location.search).get('callback') || '';
  // expect: CWE-95
  setTimeout(formatInput(callback), 0);
}

document.addEventListener('DOMContentLoaded', renderWidget);
