// Legacy page writer: only the constant element of the object reaches the sink.

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  const job = { target: campaign, preset: 'spring-sale' };
  // ok: CWE-79
  document.write('<div class="promo">' + job.preset + '</div>');
}

document.addEventListener('DOMContentLoaded', renderLegacy);
