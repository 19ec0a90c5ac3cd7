/** The compact container card speaks the reader's language for every state, as the full card does. */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContainerView } from '../../store/podViews';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { MiniContainer } from './MiniContainer';

afterEach(cleanup);

const finished: ContainerView = {
  name: 'worker',
  kind: 'regular',
  order: 0,
  image: 'busybox:1.36',
  ports: [],
  status: undefined,
  instance: undefined,
  state: 'terminated',
  reason: 'Completed',
  exitCode: 0,
  restartCount: 0,
  ready: false,
  backOffUntil: undefined,
  namespaces: undefined,
};

function stateLine(lang: 'en' | 'zh-CN'): string {
  renderWithStores(
    <svg>
      <MiniContainer
        podName="job"
        container={finished}
        rect={{ x: 0, y: 0, w: 118, h: 44 }}
        hostNamespaces={undefined}
        sandboxNamespaces={undefined}
        highlight={null}
      />
    </svg>,
    { frame: frame(), lang },
  );
  return screen.getByTestId('container-job-worker').querySelector('.container-state')?.textContent ?? '';
}

describe('MiniContainer', () => {
  it('says how a finished container ended, with its exit code named', () => {
    expect(stateLine('en')).toContain('Completed (exit 0) ↻0');
  });

  it('in Chinese too', () => {
    expect(stateLine('zh-CN')).toContain('Completed（退出码 0） ↻0');
  });
});
