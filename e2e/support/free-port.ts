// A free local TCP port, for a hub (or another server) a test starts with its own configuration.
import { createServer } from 'node:net';

/** Asks the system for a free port on 127.0.0.1 and gives it back closed, ready to be listened on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
