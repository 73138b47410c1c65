// Client-side list highlighting: value built by a helper in the same file.

function formatInput(input) {
  return input;
}

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  // expect: CWE-1333
  const needle = new RegExp(formatInput(word), 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
