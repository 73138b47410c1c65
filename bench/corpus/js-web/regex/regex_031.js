// Client-side list highlighting: a switch maps the request value to constants.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  let chosen;
  switch (word) {
    case 'sale':
      chosen = 'sale';
      break;
    case 'new':
      chosen = 'new';
      break;
    default:
      chosen = 'sale';
  }
  // ok: CWE-1333
  const needle = new RegExp(chosen, 'g');
  for (const item of document.querySelectorAll('li')) {
    item.classList.toggle('hit', needle.test(item.textContent));
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
