// Page settings evaluated from the fragment: the sink runs only for allow-listed values.

const PERMITTED = new Set(['{}', '{ compact: true }']);

function renderSettings() {
  const settings = decodeURIComponent(window.location.hash.slice(1));
  if (PERMITTED.has(settings)) {
    // ok: CWE-95
    const config = eval('(' + settings + ')');
    applySettings(config);
  } else {
    return console.warn('unknown');
  }
}

document.addEventListener('DOMContentLoaded', renderSettings);
