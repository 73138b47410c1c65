// Client-side list highlighting: the request value is only logged; the sink uses a constant.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  console.log('request for', word);
  const fixed = 'sale';
  // ok: CWE-1333
  const needle = new RegExp(fixed, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
