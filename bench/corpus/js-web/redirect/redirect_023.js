// Client-side post-login navigation: the value is copied through an array.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  const values = ['/home', target];
  const picked = values[1];
  // expect: CWE-601
  window.location.assign(picked);
}

document.addEventListener('DOMContentLoaded', renderContinue);
