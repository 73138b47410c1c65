// Client-side state restored from the fragment: a switch maps the request value to constants.

const state = { filters: {}, sort: {} };

function renderRestore() {
  const panel = decodeURIComponent(window.location.hash.slice(1));
  let chosen;
  switch (panel) {
    case 'filters':
      chosen = 'filters';
      break;
    case 'sort':
      chosen = 'sort';
      break;
    default:
      chosen = 'filters';
  }
  // ok: CWE-1321
  state[chosen].restored = true;
  render(state);
}

document.addEventListener('DOMContentLoaded', renderRestore);
