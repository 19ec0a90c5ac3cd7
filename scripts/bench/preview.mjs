// Serves the production build (dist/) with `vite preview` on a free port, with the headers of
// vite.config.ts (the strict Content-Security-Policy of production). Shared by the bench scripts.
import { spawn } from 'node:child_process';
import { freePort } from '../free-port.mjs';

/** @returns {Promise<{ url: string, stop: () => void }>} */
export async function startPreview() {
  const port = await freePort();
  // detached: the server gets its own process group, so stop() ends npx *and* the vite it started.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('vite preview did not start');
}
