// Client-side greeting banner: the sink sits in one branch.

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  if (user && user.length < 200) {
    // expect: CWE-79
    document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + user + '</strong>';
  } else {
    return console.warn('bad request');
  }
}

document.addEventListener('DOMContentLoaded', renderGreeting);
