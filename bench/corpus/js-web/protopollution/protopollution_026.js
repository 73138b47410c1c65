// Client-side state restored from the fragment: an allow-list check returns early.

const state = { filters: {}, sort: {} };
const ALLOWED = ['filters', 'sort'];

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  if (!ALLOWED.includes(panel)) {
    return console.warn('not allowed');
  }
  // ok: CWE-1321
  state[panel].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
