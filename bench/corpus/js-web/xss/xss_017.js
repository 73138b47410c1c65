// Client-side greeting banner: a switch maps the request value to constants.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  let chosen;
  switch (user) {
    case 'friend':
      chosen = 'friend';
      break;
    case 'guest':
      chosen = 'guest';
      break;
    default:
      chosen = 'friend';
  }
  // ok: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + chosen + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
