import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorText, textIn } from '../i18n/text';
import '../view/shell/dialogMessages';
import { decodeSharedState, encodeSharedState, sharedStateFromJson, type SharedState } from './shareState';

const session: SharedState = {
  v: 1,
  scenario: 'sidecar',
  seed: 7,
  at: 42_000,
  log: [
    { at: 12_000, action: { type: 'killContainer', pod: 'web', container: 'app' } },
    { at: 20_000, action: { type: 'killSandbox', pod: 'web' } },
    { at: 30_000, action: { type: 'deletePod', pod: 'web', gracePeriodSeconds: 5 } },
  ],
};

describe('shared state', () => {
  it('round-trips through the compressed URL form, and stays short', async () => {
    const encoded = await encodeSharedState(session);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(300);
    expect(await decodeSharedState(encoded)).toEqual(session);
  });

  it('a typical session of 40 actions stays under 2,000 characters', async () => {
    const log = Array.from({ length: 40 }, (_, i) => ({
      at: i * 3_000,
      action:
        i % 3 === 0
          ? ({ type: 'killSandbox', pod: 'web' } as const)
          : ({ type: 'killContainer', pod: 'web', container: i % 2 ? 'app' : 'log-shipper' } as const),
    }));
    expect((await encodeSharedState({ ...session, log })).length).toBeLessThan(2_000);
  });

  it('refuses truncated, tampered and wrong-version states with specific messages', async () => {
    const encoded = await encodeSharedState(session);
    await expect(decodeSharedState(encoded.slice(0, encoded.length / 2))).rejects.toThrow(
      /truncated or corrupted/,
    );
    await expect(decodeSharedState('%%%')).rejects.toThrow(/truncated or corrupted/);
    expect(() => sharedStateFromJson('{"v":2,"scenario":"x","seed":1,"log":[]}')).toThrow(/version 2/);
    expect(() =>
      sharedStateFromJson('{"v":1,"scenario":"x","seed":1,"log":[[5,{"type":"rm -rf"}]]}'),
    ).toThrow(/action #1 has an unknown type "rm -rf"/);
    expect(() =>
      sharedStateFromJson(
        '{"v":1,"scenario":"x","seed":1,"log":[[5,{"type":"killSandbox"}],[1,{"type":"killSandbox"}]]}',
      ),
    ).toThrow(/action #2 has a time/);
    // Replaying to a far time would freeze the tab: a link, or a file, may not ask for more than a day.
    expect(() => sharedStateFromJson('{"v":1,"scenario":"x","seed":1,"at":1e14,"log":[]}')).toThrow(
      /past one virtual day/,
    );
    expect(() =>
      sharedStateFromJson('{"v":1,"scenario":"x","seed":1,"log":[[1e14,{"type":"killSandbox"}]]}'),
    ).toThrow(/action #1 is timed past one virtual day/);
  });

  it('says that valid JSON which is not a PodScope state is not one, in both languages', () => {
    for (const json of ['{"not":"podscope"}', '[1,2]', '"podscope"', 'null']) {
      let thrown: unknown;
      try {
        sharedStateFromJson(json);
      } catch (error) {
        thrown = error;
      }
      const notice = { key: 'share.importFailed', params: { message: errorText(thrown) } } as const;
      expect(textIn('en', notice), json).toBe(
        'Import failed: this is not a PodScope saved state. Nothing was changed.',
      );
      expect(textIn('zh-CN', notice), json).toBe('导入失败：这不是 PodScope 保存的状态。没有做任何改动。');
    }
    // A PodScope state from another version is still told apart.
    expect(() => sharedStateFromJson('{"v":2,"scenario":"x","seed":1,"log":[]}')).toThrow(
      'the saved state has version 2; this PodScope reads version 1',
    );
  });

  it('never throws anything but an Error with a message for random input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        await decodeSharedState(text).then(
          () => undefined,
          (error: unknown) => expect((error as Error).message.length).toBeGreaterThan(0),
        );
        try {
          sharedStateFromJson(text);
        } catch (error) {
          expect((error as Error).message).toMatch(/saved state|action/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
