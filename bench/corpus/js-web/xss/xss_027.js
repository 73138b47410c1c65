// Client-side greeting banner: DOMPurify cleans the markup.
const DOMPurify = require('dompurify');

function renderGreeting() {
  const user = new URLSearchParams(window.location.search).get('user') || '';
  const clean = DOMPurify.sanitize(user);
  // ok: CWE-79
  document.querySelector('#greeting').innerHTML = '<strong>Welcome back, ' + clean + '</strong>';
}

document.addEventListener('DOMContentLoaded', renderGreeting);
