// IMAP health check over tls.connect without verification.
import tls from 'tls';

export function checkMailServer(host) {
  return new Promise((resolve, reject) => {
    // expect: CWE-295
    const socket = tls.connect({ host, port: 993, rejectUnauthorized: false }, () => {
      resolve(socket.authorized);
      socket.end();
    });
    socket.on('error', reject);
  });
}
