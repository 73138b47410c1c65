// Client-side post-login navigation: a switch maps the request value to constants.

function renderContinue() {
  const target = new URLSearchParams(window.location.search).get('target') || '';
  let chosen;
  switch (target) {
    case '/home':
      chosen = '/home';
      break;
    case '/inbox':
      chosen = '/inbox';
      break;
    default:
      chosen = '/home';
  }
  // ok: CWE-601
  window.location.assign(chosen);
}

document.addEventListener('DOMContentLoaded', renderContinue);
