// Client-side list highlighting: the request value travels in an object.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  const job = { target: word, attempts: 3 };
  // expect: CWE-1333
  const needle = new RegExp(job.target, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
