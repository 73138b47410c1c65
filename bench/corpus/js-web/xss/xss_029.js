// Client-side greeting banner: the request value is overwritten by a constant before use.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  let chosen = user;
  chosen = 'friend';
  // ok: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + chosen + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
