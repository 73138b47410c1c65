// Client-side greeting banner: the value is copied through an array.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  const values = ['friend', user];
  const picked = values[1];
  // expect: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + picked + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
