// Page settings evaluated from the fragment: the request value travels in an object.

function renderSettings() {
  const settings = decodeURIComponent(window.location.hash.slice(1));
  const job = { target: settings, attempts: 3 };
  // expect: CWE-95
  const config = eval('(' + job.target + ')');
  applySettings(config);
}

document.addEventListener('DOMContentLoaded', renderSettings);
