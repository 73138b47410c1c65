// Error banner replaced wholesale with the message from the address.

function renderError() {
  const message = new URLSearchParams(window.location.search).get('message') || '';
  const banner = document.getElementById('banner');
  // expect: CWE-79
  banner.outerHTML = '<div class="error">' + message + '</div>';
}

document.addEventListener('DOMContentLoaded', renderError);
