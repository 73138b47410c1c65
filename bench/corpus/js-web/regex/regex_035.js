// Client-side list highlighting: the sink sits in one branch.

function renderHighlight() {
  const word = new URLSearchParams(window.location.search).get('word') || '';
  if (word && word.length < 200) {
    // expect: CWE-1333
    const needle = new RegExp(word, 'g');
    for (const item of document.querySelectorAll('li')) {
      item.classList.toggle('hit', needle.test(item.textContent));
    }
  } else {
    return console.warn('bad request');
  }
}

document.addEventListener('DOMContentLoaded', renderHighlight);
