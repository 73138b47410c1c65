// Client-side greeting banner: the request value is only logged; the sink uses a constant.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  console.log('request for', user);
  const fixed = 'friend';
  // ok: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + fixed + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
