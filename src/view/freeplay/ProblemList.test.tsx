/** The problem list says what each problem means for Apply, in the reader's language. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../lessons/presetList';
import { presetScenario } from '../../lessons/presets';
import { translate, type Lang } from '../../i18n';
import { createPreferencesStore } from '../../store/preferences';
import { createSimulationStore } from '../../store/simulationStore';
import { checkManifest } from '../../terminal/manifestCheck';
import { StoresProvider } from '../stores';
import { ProblemList } from './ProblemList';
import './messages';

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

function renderList(lang: Lang, text = TYPO) {
  const simulation = createSimulationStore({ scenario: presetScenario(PRESETS[0]!), playing: false });
  const preferences = createPreferencesStore({ lang });
  const { issues } = checkManifest(text);
  render(
    <StoresProvider stores={{ preferences, simulation }}>
      <ProblemList issues={issues} onGoTo={() => undefined} />
    </StoresProvider>,
  );
  return screen.getAllByRole('listitem');
}

const notAPod = (kind: string, apiVersion = 'apps/v1') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  replicas: 2\n`;

describe('ProblemList', () => {
  it('says, in each language, that a probe or a hook is kept but not run', () => {
    const text = TYPO.replace(
      '    imagePullPolcy: Always\n',
      '    livenessProbe:\n      tcpSocket: {port: 80}\n    lifecycle:\n      postStart:\n        exec: {command: [date]}\n',
    );
    const en = renderList('en', text).map((item) => item.textContent);
    expect(en).toEqual([
      expect.stringContaining('spec.containers[0].livenessProbe is kept, but PodScope runs no probes'),
      expect.stringContaining('spec.containers[0].lifecycle is kept, but PodScope runs no lifecycle hooks'),
    ]);
    expect(en[0]).toContain('Line 9, column 5');
    cleanup();
    const zh = renderList('zh-CN', text).map((item) => item.textContent);
    expect(zh[0]).toContain('不运行探针');
    expect(zh[1]).toContain('不运行生命周期钩子');
  });

  it('a ServiceAccount the cluster lacks: what admission says, in each language, and the server’s words', () => {
    const text = TYPO.replace('    imagePullPolcy: Always\n', '').replace(
      'spec:\n',
      'spec:\n  serviceAccountName: robot\n',
    );
    const [en] = renderList('en', text).map((item) => item.textContent);
    expect(en).toContain(
      'a Pod may only name a ServiceAccount that exists, and this cluster has one, default',
    );
    expect(en).toContain('serviceaccount "robot" not found');
    cleanup();
    const [zh] = renderList('zh-CN', text).map((item) => item.textContent);
    expect(zh).toContain('这个集群只有一个，default');
    expect(zh).toContain('serviceaccount "robot" not found');
  });

  it('explains an unknown field: where it is, what Apply does, what kubectl apply does', () => {
    const [item] = renderList('en');
    expect(item?.textContent).toContain('Warning');
    expect(item?.textContent).toContain('Line 9, column 5');
    expect(item?.textContent).toContain('Apply drops it');
    expect(item?.textContent).toContain('--validate=warn');
    expect(item?.textContent).toContain('unknown field "spec.containers[0].imagePullPolcy"');
  });

  it('explains it in Chinese, keeping the validator’s own words', () => {
    const [item] = renderList('zh-CN');
    expect(item?.textContent).toContain('Pod 没有这个字段');
    expect(item?.textContent).toContain('unknown field "spec.containers[0].imagePullPolcy"');
  });

  it.each([
    ['Deployment', 'spec.template'],
    ['ReplicaSet', 'spec.template'],
    ['CronJob', 'spec.jobTemplate.spec.template'],
  ])('names kind: %s in Chinese, with where its Pod template is, and no English', (kind, path) => {
    const items = renderList('zh-CN', notAPod(kind, kind === 'CronJob' ? 'batch/v1' : 'apps/v1'));
    expect(items).toHaveLength(1);
    const text = items[0]?.textContent ?? '';
    expect(text).toContain(`不能应用 kind: ${kind}。`);
    expect(text).toContain(`想试试 ${kind} 的 Pod，可以把它的 ${path} 复制到一个 Pod 里`);
    for (const other of ['Deployment', 'ReplicaSet', 'CronJob'].filter((k) => k !== kind))
      expect(text).not.toContain(other);
    expect(text).not.toMatch(/not supported|simulates/);
  });

  it('names a kind with no Pod template (Service) without suggesting a template', () => {
    const [zh] = renderList('zh-CN', notAPod('Service', 'v1'));
    expect(zh?.textContent).toContain(
      'PodScope 只模拟 Pod：这里只能应用 kind: Pod（apiVersion: v1），不能应用 kind: Service。',
    );
    expect(zh?.textContent).not.toMatch(/template|Deployment|not supported/);
    cleanup();
    const [en] = renderList('en', notAPod('Service', 'v1'));
    expect(en?.textContent).toContain(
      'only kind: Pod (apiVersion: v1) can be applied here, not kind: Service.',
    );
    expect(en?.textContent).not.toMatch(/template|Deployment/);
  });

  it('lists problems in the order of the text, errors and warnings together', () => {
    // The validator reports the port (line 12) before restartPolicy (line 6); the typo (line 9) is a warning.
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  restartPolicy: Sometimes
  containers:
  - name: app
    imagePullPolcy: Always
    image: nginx
    ports:
    - containerPort: 99999
`;
    const lines = renderList('en', text).map((li) => /Line (\d+)/.exec(li.textContent ?? '')?.[1]);
    expect(lines).toEqual(['6', '9', '12']);
  });

  it.each([
    ['Tabs are not allowed as indentation', 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n'],
    [
      'Flow sequence in block collection must be sufficiently indented',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    args: [a,\n  b]\n',
    ],
  ])('gives the YAML error “%s” a Chinese lead-in, keeping the parser’s words', (message, text) => {
    const item = renderList('zh-CN', text).find((li) => li.textContent?.includes(message));
    expect(item?.querySelector('.fp-summary')?.textContent).toMatch(/^YAML 语法错误：/);
    expect(item?.querySelector('.fp-message')?.textContent).toContain(message);
  });

  it('gives the API server’s validation message a Chinese lead-in, keeping its words', () => {
    const items = renderList('zh-CN', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec: {}\n');
    const item = items.find((li) => li.textContent?.includes('spec.containers: Required value'));
    expect(item?.querySelector('.fp-summary')?.textContent).toMatch(/^API 服务器会拒绝这一项/);
    expect(item?.querySelector('.fp-message')?.textContent).toBe('spec.containers: Required value');
  });
});

describe('the Apply status', () => {
  it('quotes kubectl’s own line verbatim inside a Chinese sentence', () => {
    const text = translate('zh-CN', 'freeplay.editor.applied', { result: 'pod/two created' });
    expect(text).toMatch(/^已应用，kubectl 输出“pod\/two created”。/);
    expect(text).not.toContain('：pod/');
  });
});
