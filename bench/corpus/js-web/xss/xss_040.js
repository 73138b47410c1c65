// Client-side greeting written as text.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  // ok: CWE-79
  document.querySelector('#greeting').textContent = 'Welcome back, ' + user;
}

document.addEventListener('DOMContentLoaded', renderGreeting);
