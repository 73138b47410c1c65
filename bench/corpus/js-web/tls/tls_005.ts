// IMAP health check over tls.connect with default verification.
import tls from 'tls';

export function checkMailServer(host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    // ok: CWE-295
    const socket = tls.connect({ host, port: 993, servername: host }, () => {
      resolve(socket.authorized);
      socket.end();
    });
    socket.on('error', reject);
  });
}
