/** The problem list says what each problem means for Apply, in the reader's language. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../lessons/presetList';
import { presetScenario } from '../../lessons/presets';
import type { Lang } from '../../i18n';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { checkManifest } from '../../terminal/manifestCheck';
import { StoresProvider } from '../stores';
import { ProblemList } from './ProblemList';

afterEach(cleanup);

const TYPO = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx
    imagePullPolcy: Always
`;

function renderList(lang: Lang) {
  const simulation = createSimulationStore({ scenario: presetScenario(PRESETS[0]!), playing: false });
  const preferences = createPreferencesStore({ lang });
  const { issues } = checkManifest(TYPO);
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <ProblemList issues={issues} kind="Pod" onGoTo={() => undefined} />
    </StoresProvider>,
  );
  return screen.getByRole('listitem');
}

describe('ProblemList', () => {
  it('explains an unknown field: where it is, what Apply does, what kubectl apply does', () => {
    const item = renderList('en');
    expect(item.textContent).toContain('Warning');
    expect(item.textContent).toContain('Line 9, column 5');
    expect(item.textContent).toContain('Apply drops it');
    expect(item.textContent).toContain('--validate=warn');
    expect(item.textContent).toContain('unknown field "spec.containers[0].imagePullPolcy"');
  });

  it('explains it in Chinese, keeping the validator’s own words', () => {
    const item = renderList('zh-CN');
    expect(item.textContent).toContain('Pod 没有这个字段');
    expect(item.textContent).toContain('unknown field "spec.containers[0].imagePullPolcy"');
  });
});
