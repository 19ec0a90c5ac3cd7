import { expect, it, vi } from 'vitest';

it('keeps the embed’s words when Chinese loads after them (a host switching the language)', async () => {
  // Fresh modules: the unit tests' setup has already loaded Chinese into the shared ones.
  vi.resetModules();
  const i18n = await import('../i18n');
  await import('./embedMessages');
  expect(i18n.isLanguageLoaded('zh-CN')).toBe(false);
  expect(i18n.translate('en', 'node.empty')).toBe('No Pods on this Node.');
  await i18n.loadLanguage('zh-CN');
  expect(i18n.translate('zh-CN', 'node.empty')).toBe('这个节点上没有 Pod。');
  // The rest of the first page's Chinese did load.
  expect(i18n.translate('zh-CN', 'pause.dead')).not.toBe('pause.dead');
});
