// Client-side state restored from the fragment: the value is copied through an array.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  const values = ['filters', panel];
  const picked = values[1];
  // expect: CWE-1321
  state[picked].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
