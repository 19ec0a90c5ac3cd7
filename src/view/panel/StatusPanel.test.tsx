import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusPanel } from './StatusPanel';
import { event, pod } from './testing/apiFixtures';
import { containerInfo, frame, sandbox } from './testing/runtimeFixtures';
import { renderWithStores } from './testing/renderWithStores';

afterEach(cleanup);

function scene(name = 'web') {
  const box = sandbox(name);
  return frame({
    pods: [pod({ name })],
    sandboxes: [box],
    containers: [containerInfo(box, 'app', 4026532300)],
    events: [event({ pod: name, reason: 'Started', message: 'Container started', first: 1_000 })],
  });
}

const captions = () => [...document.querySelectorAll('caption')].map((c) => c.textContent);

describe('StatusPanel', () => {
  it('shows the Pod table, the selected Pod’s details and its events', () => {
    renderWithStores(<StatusPanel />, { frame: scene(), now: 10_000 });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Pods',
      'Details of web',
      'Events',
    ]);
    expect(captions()).toContain('Events of web, as kubectl describe pod shows them (newest last)');
  });

  it('translates its own words into Chinese and keeps kubectl’s output as the tool prints it', () => {
    renderWithStores(<StatusPanel />, { frame: scene(), now: 10_000, lang: 'zh-CN' });
    expect(captions()).toEqual([
      'default 命名空间中的 Pod（kubectl get pods -o wide 的输出）',
      '状况（Conditions）',
      'pause 容器（沙箱 a1b2c3d4e5f60，SANDBOX_READY，PID 4100）',
      'app 容器',
      'web 的事件（kubectl describe pod 的输出，最新的在最后）',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Pod 列表',
      'web 的详情',
      '事件',
    ]);
    expect(screen.getAllByRole('columnheader', { name: 'STATUS' })).toHaveLength(1);
  });

  it('switches language live when the preference changes', () => {
    const { preferences } = renderWithStores(<StatusPanel />, { frame: scene(), now: 10_000 });
    expect(screen.getByRole('checkbox', { name: 'Show events of all Pods' })).toBeTruthy();
    act(() => preferences.getState().setLang('zh-CN'));
    expect(screen.getByRole('checkbox', { name: '显示所有 Pod 的事件' })).toBeTruthy();
  });

  it('renders a hostile Pod name as text everywhere', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = renderWithStores(<StatusPanel />, { frame: scene(name), now: 10_000 });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: `Details of ${name}` })).toBeTruthy();
    expect(container.textContent).toContain(`$ kubectl describe pod ${name}`);
  });
});
