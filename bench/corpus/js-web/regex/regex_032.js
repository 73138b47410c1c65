// Client-side list highlighting: the value is copied through an array.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  const values = ['sale', word];
  const picked = values[1];
  // expect: CWE-1333
  const needle = new RegExp(picked, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
