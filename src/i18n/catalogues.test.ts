import { describe, expect, it } from 'vitest';
import { LANGS, translate } from '.';
import { catalogues } from './all';

describe('i18n catalogues', () => {
  it.each(LANGS)('%s defines every key, each non-empty', (lang) => {
    const catalogue = catalogues[lang];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(catalogues.en).sort());
    for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
  });

  it('zh-CN and en keep the same placeholders in every message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogues.en)) {
      expect(placeholders(catalogues['zh-CN'][key as keyof typeof catalogues.en]), key).toEqual(
        placeholders(text),
      );
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'app.name')).toBe('PodScope');
    expect(translate('en', 'app.name', { unused: 1 })).toBe('PodScope');
  });
});
