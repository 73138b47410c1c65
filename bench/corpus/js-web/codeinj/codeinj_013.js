// A postMessage listener that runs the code it is sent.

window.addEventListener('message', (event) => {
  const script = event.data.script;
  if (event.data.type === 'run') {
    // eslint-disable-next-line no-new-func
    // expect: CWE-95
    new Function(script)();
  }
});
