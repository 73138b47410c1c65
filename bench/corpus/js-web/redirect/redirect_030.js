// Client-side post-login navigation: the request value travels in an object.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  const job = { target: target, attempts: 3 };
  // expect: CWE-601
  window.location.assign(job.target);
}

document.addEventListener('DOMContentLoaded', renderContinue);
