/**
 * Before the kubelet has made anything (a Pod not yet scheduled or synced, or just re-created): the pause
 * container and the containers say "not created yet", not "dead" and "Waiting: Waiting".
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContainerView } from '../../store/podViews';
import { renderWithStores } from '../panel/testing/renderWithStores';
import { frame } from '../panel/testing/runtimeFixtures';
import { ContainerCard } from './ContainerCard';
import { MiniContainer } from './MiniContainer';
import { PauseContainer } from './PauseContainer';

afterEach(cleanup);

const unsynced: ContainerView = {
  name: 'app',
  kind: 'regular',
  order: 0,
  image: 'nginx:1.27',
  ports: [],
  status: undefined,
  instance: undefined,
  state: 'waiting',
  reason: '',
  exitCode: undefined,
  restartCount: 0,
  ready: false,
  backOffUntil: undefined,
  namespaces: undefined,
};

function render(lang: 'en' | 'zh-CN') {
  const card = { hostNamespaces: undefined, sandboxNamespaces: undefined, highlight: null };
  renderWithStores(
    <svg>
      <PauseContainer podName="web" cx={100} cy={100} r={40} sandbox={undefined} />
      <ContainerCard podName="web" container={unsynced} rect={{ x: 0, y: 0, w: 200, h: 160 }} {...card} />
      <MiniContainer podName="mini" container={unsynced} rect={{ x: 0, y: 0, w: 118, h: 44 }} {...card} />
    </svg>,
    { frame: frame(), lang },
  );
  const pause = screen.getByTestId('pause-web');
  return {
    pause,
    card: screen.getByTestId('container-web-app').querySelector('.container-state')?.textContent ?? '',
    mini: screen.getByTestId('container-mini-app').querySelector('.container-state')?.textContent ?? '',
  };
}

describe('a Pod the kubelet has not made yet', () => {
  it('draws pause as not created (not dead) and the containers as not created', () => {
    const { pause, card, mini } = render('en');
    expect(pause.getAttribute('class')).toBe('pause none');
    expect(pause.textContent).toContain('not created yet');
    expect(pause.textContent).not.toContain('dead');
    // Nothing held yet: no "holds net · ipc · uts" (hostNetwork may yet put some of them on the Node).
    expect(pause.querySelector('.pause-holds')).toBeNull();
    expect(card).toContain('Not created yet');
    expect(card).not.toContain('Waiting');
    expect(mini).toContain('Not created yet');
  });

  it('in Chinese too', () => {
    const { pause, card } = render('zh-CN');
    expect(pause.textContent).toContain('尚未创建');
    expect(card).toContain('尚未创建');
  });
});
