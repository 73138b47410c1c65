// Client-side state restored from the fragment: the request value travels in an object.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  const job = { target: panel, attempts: 3 };
  // expect: CWE-1321
  state[job.target].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
