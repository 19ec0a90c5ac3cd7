/** What a link opens, and what it says when part of it cannot be honoured: in the reader's language. */
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n';
import { textIn } from '../i18n/text';
import { lessonSessionFor } from '../lessons';
import { findLesson } from '../lessons/catalog';
import { startFromUrl } from './startup';

async function open(search: string) {
  const { stores, params } = await startFromUrl(search, ['en']);
  const notice = stores.simulation.getState().notice;
  const lang = stores.preferences.getState().lang;
  if (lang !== 'en') await loadLanguage(lang);
  return { stores, params, notice, shown: notice ? textIn(lang, notice.message) : '' };
}

describe('startFromUrl', () => {
  it('opens a plain link without a notice', async () => {
    const { notice, stores } = await open('?pod=web&ns=net');
    expect(notice).toBeNull();
    expect(stores.simulation.getState()).toMatchObject({ selectedPod: 'web', highlightedNamespace: 'net' });
  });

  it('says so when a parameter is unknown or names a Pod that is not there, and opens the rest', async () => {
    const { notice, shown, stores } = await open('?lessson=kill-pause&pod=ghost&ns=ipc');
    expect(notice?.kind).toBe('warning');
    expect(shown).toContain('Unknown URL parameter "lessson" ignored (PodScope reads lang, theme,');
    expect(shown).toContain('There is no Pod "ghost" in this scene: nothing is selected.');
    expect(stores.simulation.getState().highlightedNamespace).toBe('ipc');
  });

  it('opens the last step of a lesson when asked for a step past its end, and says so', async () => {
    const steps = findLesson('kill-pause')!.steps.length;
    const { shown, stores } = await open('?lesson=kill-pause&step=999');
    expect(shown).toBe(`Lesson "kill-pause" has ${steps} steps: opened the last one.`);
    expect(lessonSessionFor(stores.simulation).getState().step).toBe(steps - 1);
    expect((await open(`?lesson=kill-pause&step=${steps}`)).notice).toBeNull();
  });

  it('explains a broken shared link in Chinese to a Chinese reader, down to the reason', async () => {
    const { shown, stores } = await open('?lang=zh-CN&s=AbCdEfGh_broken&scenario=nope');
    expect(shown).toBe(
      '未知的场景 "nope"：已打开默认示例。这个链接保存的状态无法打开（分享链接里的状态无法读取（被截断或已损坏）），显示的是默认示例。',
    );
    expect(stores.simulation.getState().frame.pods.map((p) => p.metadata?.name)).toEqual(['web']);
  });
});
