import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from './launchParams';

describe('parseLaunchParams', () => {
  it('reads every known parameter', () => {
    const { params, warnings, errors } = parseLaunchParams(
      '?lang=zh-CN&theme=dark&embed=1&controls=minimal&autoplay=0&scenario=port-clash&pod=web&ns=pid&speed=2&t=1500&origin=https://docs.example.com/page',
    );
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    expect(params).toMatchObject({
      lang: 'zh-CN',
      theme: 'dark',
      embed: true,
      controls: 'minimal',
      autoplay: false,
      scenario: 'port-clash',
      pod: 'web',
      ns: 'pid',
      speed: 2,
      t: 1500,
      origins: ['https://docs.example.com'],
    });
  });

  it('ignores unknown parameters with a warning and reports bad values specifically', () => {
    const { params, warnings, errors } = parseLaunchParams('?foo=1&lang=fr&speed=99&ns=time&t=-4');
    expect(warnings).toEqual(['Unknown URL parameter "foo" ignored.']);
    expect(errors).toEqual([
      'URL parameter lang="fr" is not valid: expected "zh-CN" or "en".',
      'URL parameter speed="99" is not valid: expected a number from 0.25 to 20.',
      'URL parameter ns="time" is not valid: expected net, ipc, uts, pid, mnt, user, cgroup.',
      'URL parameter t="-4" is not valid: expected a whole number of virtual ms from 0 to 86400000 (one day).',
    ]);
    expect(params.lang).toBeUndefined();
    expect(params.speed).toBeUndefined();
  });

  it('refuses a time past one virtual day (replaying to it would freeze the tab)', () => {
    expect(parseLaunchParams('?t=86400000').params.t).toBe(86_400_000);
    const { params, errors } = parseLaunchParams('?t=99999999999999');
    expect(params.t).toBeUndefined();
    expect(errors).toEqual([
      'URL parameter t="99999999999999" is not valid: expected a whole number of virtual ms from 0 to 86400000 (one day).',
    ]);
  });

  it('accepts only http(s) origins: others have the opaque origin "null", which any sandboxed page has', () => {
    for (const origin of [
      'javascript:alert(1)',
      'file:///x',
      'data:text/html,hi',
      'null',
      'docs.example.com',
    ]) {
      const { params, errors } = parseLaunchParams(`?origin=${encodeURIComponent(origin)}`);
      expect(params.origins).toEqual([]);
      expect(errors).toEqual([
        `URL parameter origin="${origin}" is not valid: expected an origin such as https://docs.example.com.`,
      ]);
    }
    expect(parseLaunchParams('?origin=http://localhost:8080/docs').params.origins).toEqual([
      'http://localhost:8080',
    ]);
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const parsed = parseLaunchParams(search);
        expect(Array.isArray(parsed.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
