// Client-side post-login navigation: the sink sits in one branch.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  if (target && target.length < 200) {
    // expect: CWE-601
    window.location.assign(target);
  } else {
    return console.warn('bad request');
  }
}

document.addEventListener('DOMContentLoaded', renderContinue);
