// Page settings evaluated from the fragment: an allow-list check returns early.

const ALLOWED = ['{}', '{ compact: true }'];

function renderSettings() {
  const settings = decodeURIComponent(window.location.hash.slice(1));
  if (!ALLOWED.includes(settings)) {
    return console.warn('not allowed');
  }
  // ok: CWE-95
  const config = eval('(' + settings + ')');
  applySettings(config);
}

document.addEventListener('DOMContentLoaded', renderSettings);
