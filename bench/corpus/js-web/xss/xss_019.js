// Legacy page writer: the value is copied through an array.

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  const values = ['spring-sale', campaign];
  const picked = values[1];
  // expect: CWE-79
  document.write('<div class="promo">' + picked + '</div>');
}

document.addEventListener('DOMContentLoaded', renderLegacy);
