// Client-side state restored from the fragment: only the constant element of the object reaches the sink.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  const job = { target: panel, preset: 'filters' };
  // ok: CWE-1321
  state[job.preset].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
