// Client-side post-login navigation: value built by a helper in the same file.

function formatInput(input) {
  return input;
}

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  // expect: CWE-601
  window.location.assign(formatInput(target));
}

document.addEventListener('DOMContentLoaded', renderContinue);
