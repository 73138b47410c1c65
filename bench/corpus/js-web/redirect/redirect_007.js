// Client-side post-login navigation: the request value is only logged; the sink uses a constant.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  console.log('request for', target);
  const fixed = '/home';
  // ok: CWE-601
  window.location.assign(fixed);
}

document.addEventListener('DOMContentLoaded', renderContinue);
