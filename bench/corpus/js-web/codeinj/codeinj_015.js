// Messages from other windows are parsed as JSON after an origin check.

window.addEventListener('message', (event) => {
  const payload = event.data.payload;
  if (event.origin !== 'https://app.example.com') {
    return;
  }
  // ok: CWE-95
  const message = typeof payload === 'string' ? JSON.parse(payload) : payload;
  showMessage(message);
});
