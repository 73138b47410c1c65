// Client-side greeting banner: request value trimmed and lower-cased first.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  const value = String(user).trim().toLowerCase();
  // expect: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + value + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
