// Legacy page writer: an allow-list check returns early.

const ALLOWED = ['spring-sale', 'winter-sale'];

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  if (!ALLOWED.includes(campaign)) {
    return console.warn('not allowed');
  }
  // ok: CWE-79
  document.write('<div class="promo">' + campaign + '</div>');
}

document.addEventListener('DOMContentLoaded', renderLegacy);
