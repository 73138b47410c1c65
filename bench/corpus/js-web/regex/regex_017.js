// Client-side list highlighting: an allow-list check returns early.

const ALLOWED = ['sale', 'new'];

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  if (!ALLOWED.includes(word)) {
    return console.warn('not allowed');
  }
  // ok: CWE-1333
  const needle = new RegExp(word, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
