// Legacy page writer: the request value is only logged; the sink uses a constant.

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  console.log('request for', campaign);
  const fixed = 'spring-sale';
  // ok: CWE-79
  document.write('<div class="promo">' + fixed + '</div>');
}

document.addEventListener('DOMContentLoaded', renderLegacy);
