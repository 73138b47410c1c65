// Client-side state restored from the fragment: the sink sits in one branch.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  if (panel && panel.length < 200) {
    // expect: CWE-1321
    state[panel].restored = true;
    render(state);
  } else {
    return console.warn('bad request');
  }
}

document.addEventListener('DOMContentLoaded', renderRestore);
