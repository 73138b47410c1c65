// Page settings evaluated from the fragment: the constant condition selects the request value.

function renderSettings() {
  const settings = decodeURIComponent(window.location.hash.slice(1));
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? '{ theme: "dark" }' : settings;
  // expect: CWE-95
  const config = eval('(' + chosen + ')');
  applySettings(config);
}

document.addEventListener('DOMContentLoaded', renderSettings);
