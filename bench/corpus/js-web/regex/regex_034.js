// Client-side list highlighting: only the constant element of the object reaches the sink.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  const job = { target: word, preset: 'sale' };
  // ok: CWE-1333
  const needle = new RegExp(job.preset, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
