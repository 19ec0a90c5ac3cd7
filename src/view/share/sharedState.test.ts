import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from '../../embed/launchParams';
import { textIn } from '../../i18n/text';
import { copiedLinkNotice } from './sharedState';

describe('copiedLinkNotice', () => {
  const link = (stateChars: number) => `https://podscope.example/?lang=en&s=${'A'.repeat(stateChars)}`;

  it('gives the length of a link the app will open again', () => {
    const notice = copiedLinkNotice(link(16_000));
    expect(notice.kind).toBe('info');
    expect(textIn('en', notice.text)).toBe(
      `Link copied (${link(16_000).length} characters): it reopens this exact situation.`,
    );
    expect(parseLaunchParams(new URL(link(16_000)).search).errors).toEqual([]);
  });

  it('warns, pointing to Export JSON, exactly when the app would refuse to open the link', () => {
    const notice = copiedLinkNotice(link(16_001));
    expect(notice.kind).toBe('warning');
    expect(textIn('en', notice.text)).toBe(
      "This session is too long for a link: the link's state has 16001 characters and PodScope opens at most 16000. Use Export JSON to keep it.",
    );
    expect(parseLaunchParams(new URL(link(16_001)).search).errors).toHaveLength(1);
  });
});
