// Client-side post-login navigation: only the constant element of the object reaches the sink.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  const job = { target: target, preset: '/home' };
  // ok: CWE-601
  window.location.assign(job.preset);
}

document.addEventListener('DOMContentLoaded', renderContinue);
