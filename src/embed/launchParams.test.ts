import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n';
import { textIn, type Text } from '../i18n/text';
import './launchMessages';
import { parseLaunchParams } from './launchParams';

const english = (texts: Text[]) => texts.map((text) => textIn('en', text));

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
    const { params, warnings, errors } = parseLaunchParams('?foo=1&lang=fr&speed=99&ns=time&t=-4&step=0');
    expect(english(warnings)).toEqual([
      'Unknown URL parameter "foo" ignored (PodScope reads lang, theme, embed, presenter, controls, autoplay, scenario, lesson, step, pod, ns, speed, t, s, origin).',
    ]);
    expect(english(errors)).toEqual([
      'URL parameter lang="fr" is not valid: expected "zh-CN" or "en".',
      'URL parameter speed="99" is not valid: expected a number from 0.25 to 20.',
      'URL parameter ns="time" is not valid: expected one of net, ipc, uts, pid, mnt, user, cgroup.',
      'URL parameter t="-4" is not valid: expected a whole number of virtual ms from 0 to 86400000 (one day).',
      'URL parameter step="0" is not valid: expected a step number from 1.',
    ]);
    expect(params.lang).toBeUndefined();
    expect(params.speed).toBeUndefined();
  });

  it('refuses a time past one virtual day (replaying to it would freeze the tab)', () => {
    expect(parseLaunchParams('?t=86400000').params.t).toBe(86_400_000);
    const { params, errors } = parseLaunchParams('?t=99999999999999');
    expect(params.t).toBeUndefined();
    expect(english(errors)).toEqual([
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
      expect(english(errors)).toEqual([
        `URL parameter origin="${origin}" is not valid: expected an origin such as https://docs.example.com.`,
      ]);
    }
    expect(parseLaunchParams('?origin=http://localhost:8080/docs').params.origins).toEqual([
      'http://localhost:8080',
    ]);
  });

  it("speaks the reader's language (the catalogue's Chinese once it has loaded)", async () => {
    const { errors } = parseLaunchParams('?theme=neon&s=' + 'x'.repeat(16_001));
    await loadLanguage('zh-CN');
    expect(errors.map((text) => textIn('zh-CN', text))).toEqual([
      'URL 参数 theme="neon" 无效，应为："light"、"dark" 或 "system"。',
      'URL 参数 s 有 16001 个字符，上限是 16000。',
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
