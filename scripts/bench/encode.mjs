// The same encoding as src/embed/shareState.ts (deflate-raw + base64url of the compact JSON), for scripts.
import { deflateRawSync } from 'node:zlib';

export async function encodeSharedState(state) {
  const json = JSON.stringify({
    v: 1,
    scenario: state.scenario,
    seed: state.seed,
    at: state.at,
    log: state.log.map((entry) => [entry.at, entry.action]),
  });
  return deflateRawSync(Buffer.from(json)).toString('base64url');
}
