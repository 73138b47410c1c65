// Legacy page writer: the request value travels in an object.

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  const job = { target: campaign, attempts: 3 };
  // expect: CWE-79
  document.write('<div class="promo">' + job.target + '</div>');
}

document.addEventListener('DOMContentLoaded', renderLegacy);
