// Client-side post-login navigation: an allow-list check returns early.

const ALLOWED = ['/home', '/inbox'];

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  if (!ALLOWED.includes(target)) {
    return console.warn('not allowed');
  }
  // ok: CWE-601
  window.location.assign(target);
}

document.addEventListener('DOMContentLoaded', renderContinue);
