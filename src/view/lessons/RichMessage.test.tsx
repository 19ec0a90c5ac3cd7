/** Live values in a lesson's explanation: emphasised monospace; an empty list is the word "nothing" in plain text. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage, type Lang } from '../../i18n';
import { DEFAULT_SCENARIO } from '../../lessons/presets';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { StoresProvider } from '../stores';
import { RichMessage } from './RichMessage';
import '../../lessons/catalog';

afterEach(cleanup);

async function renderMessage(lang: Lang) {
  await loadLanguage(lang);
  const simulation = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: false });
  const preferences = createPreferencesStore({ lang });
  const { container } = render(
    <StoresProvider stores={{ preferences, simulation }}>
      <RichMessage
        messageKey="lessons.own-namespaces.mnt.explain"
        values={{
          appFiles: ['/tmp/cache.txt'],
          sidecarFiles: [],
          appMnt: 'mnt:[4026532210]',
          sidecarMnt: 'mnt:[4026532207]',
          path: '/tmp/cache.txt',
        }}
      />
    </StoresProvider>,
  );
  return container;
}

describe('RichMessage', () => {
  it('shows values as values, and an empty list as a plain word', async () => {
    const container = await renderMessage('en');
    expect(container.textContent).toContain('log-shipper sees nothing.');
    const values = [...container.querySelectorAll('.lesson-value')].map((e) => e.textContent);
    expect(values).toContain('/tmp/cache.txt');
    expect(values).not.toContain('nothing');
  });

  it('in Chinese too', async () => {
    const container = await renderMessage('zh-CN');
    const values = [...container.querySelectorAll('.lesson-value')].map((e) => e.textContent);
    expect(container.textContent).toContain('无');
    expect(values).not.toContain('无');
  });
});
