// Client-side greeting banner: value built by a helper in the same file.

function composeValue(input) {
  return '<strong>Welcome back, ' + input + '</strong>';
}

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  // expect: CWE-79
  document.querySelector('#greeting').innerHTML = composeValue(user);
}

document.addEventListener('DOMContentLoaded', renderGreeting);
