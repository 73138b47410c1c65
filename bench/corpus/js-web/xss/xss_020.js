// Legacy page writer: value built by a helper in the same file.

function formatInput(input) {
  return '<div class="promo">' + input + '</div>';
}

function renderLegacy() {
  const campaign = decodeURIComponent(window.location.hash.slice(1));
  // expect: CWE-79
  document.write(formatInput(campaign));
}

document.addEventListener('DOMContentLoaded', renderLegacy);
