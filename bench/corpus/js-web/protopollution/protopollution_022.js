// Client-side state restored from the fragment: value built by a helper in the same file.

const state = { filters: {}, sort: {} };
function formatInput(input) {
  return input;
}

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  // expect: CWE-1321
  state[formatInput(panel)].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
