// Chat widget inserting messages from the parent window.

window.addEventListener('message', (event) => {
  const text = event.data.text;
  const list = document.getElementById('messages');
  // expect: CWE-79
  list.insertAdjacentHTML('beforeend', '<li>' + text + '</li>');
});
