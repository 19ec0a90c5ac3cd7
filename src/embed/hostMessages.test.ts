import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './hostMessages';

describe('parseHostMessage', () => {
  it('passes engine actions through (minus the correlation id) and reads view commands', () => {
    expect(parseHostMessage({ type: 'killSandbox', pod: 'web', id: 'a1' })).toEqual({
      ok: true,
      id: 'a1',
      command: { kind: 'action', action: { type: 'killSandbox', pod: 'web' } },
    });
    expect(parseHostMessage({ type: 'seek', t: 5000 })).toEqual({
      ok: true,
      command: { kind: 'seek', t: 5000 },
    });
    expect(parseHostMessage({ type: 'setLang', lang: 'zh-CN' })).toEqual({
      ok: true,
      command: { kind: 'setLang', lang: 'zh-CN' },
    });
    expect(parseHostMessage({ type: 'highlightNamespace', ns: null })).toMatchObject({ ok: true });
  });

  it('refuses malformed messages with a specific error, keeping the id for the reply', () => {
    expect(parseHostMessage('kill')).toEqual({
      ok: false,
      error: 'a message must be an object with a "type"',
    });
    expect(parseHostMessage({ type: 'format-disk', id: 'x' })).toEqual({
      ok: false,
      id: 'x',
      error: 'unknown message type "format-disk"',
    });
    expect(parseHostMessage({ type: 'seek', t: -1 })).toMatchObject({ ok: false, error: /seek needs/ });
    expect(parseHostMessage({ type: 'setTheme', theme: 'neon' })).toMatchObject({ ok: false });
    expect(parseHostMessage({ type: 'highlightNamespace', ns: 'time' })).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseHostMessage(value);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
