/**
 * Lesson text lives only in the catalogues (STYLE.md). The catalogue test checks that en and zh-CN have the
 * same keys and placeholders; this one checks the lessons' side: every key a lesson names exists in both,
 * every lesson key in the catalogues is used, and only explanations take live values.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n';
import { catalogues } from '../i18n/all';
import { LESSONS } from '.';

/** Every string in a lesson's data that looks like a message key. */
function referencedKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith('lessons.')) found.add(value);
  else if (Array.isArray(value)) value.forEach((item) => referencedKeys(item, found));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((item) => referencedKeys(item, found));
  return found;
}

const all = new Set(LESSONS.flatMap((lesson) => [...referencedKeys(lesson)]));
const explainKeys = new Set(LESSONS.flatMap((l) => l.steps.map((s) => s.explain as string)));

describe('lesson keys', () => {
  it.each(LANGS)('every key the lessons reference exists in %s', (lang) => {
    const missing = [...all].filter((key) => !Object.hasOwn(catalogues[lang], key));
    expect(missing).toEqual([]);
  });

  it('every lesson key in the catalogue is used by a lesson (no orphans)', () => {
    const lessonKeys = Object.keys(catalogues.en).filter(
      (key) => key.startsWith('lessons.') && !key.startsWith('lessons.ui.') && key !== 'lessons.title',
    );
    expect(lessonKeys.filter((key) => !all.has(key))).toEqual([]);
  });

  it('only explanations have placeholders (everything else is shown as written)', () => {
    for (const key of all) {
      if (explainKeys.has(key)) continue;
      for (const lang of LANGS)
        expect(catalogues[lang][key as keyof typeof catalogues.en], key).not.toMatch(/\{\w+\}/);
    }
  });

  it('every step asks something or explains something in both languages', () => {
    for (const lesson of LESSONS)
      for (const step of lesson.steps) {
        expect(step.prediction === undefined || step.prediction.choices.some((c) => c.correct), step.id).toBe(
          true,
        );
        for (const lang of LANGS) expect(catalogues[lang][step.explain].length).toBeGreaterThan(20);
      }
  });
});
