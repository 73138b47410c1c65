// Client-side state restored from the fragment: the request value is only logged; the sink uses a constant.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  console.log('request for', panel);
  const fixed = 'filters';
  // ok: CWE-1321
  state[fixed].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
