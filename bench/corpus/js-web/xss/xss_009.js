// Client-side greeting banner: only the constant element of the object reaches the sink.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  const job = { target: user, preset: 'friend' };
  // ok: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + job.preset + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
