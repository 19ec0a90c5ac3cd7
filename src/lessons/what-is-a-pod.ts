/** Lesson 1 — what a Pod is: the smallest unit, one Node, one IP, and containers that belong together. */
import { nginx, pod, webWithLogShipper } from './manifests';
import {
  filesSeenBy,
  fileContent,
  findPod,
  instanceOf,
  lastEventMessage,
  nsOfContainer,
  nsOfSandbox,
  podIp,
  podReady,
  sandboxOf,
  shortId,
} from './probes';
import { choice } from './choice';
import { scene } from './scene';
import type { Lesson } from './types';

const ACCESS_LOG = '/var/log/nginx/access.log';

export const whatIsAPod: Lesson = {
  id: 'what-is-a-pod',
  title: 'lessons.what-is-a-pod.title',
  summary: 'lessons.what-is-a-pod.summary',
  scene: scene('what-is-a-pod', { pods: [webWithLogShipper()] }),
  steps: [
    {
      id: 'one-ip',
      title: 'lessons.what-is-a-pod.one-ip.title',
      look: 'lessons.what-is-a-pod.one-ip.look',
      pod: 'web',
      prediction: {
        question: 'lessons.what-is-a-pod.one-ip.question',
        choices: [
          choice('lessons.what-is-a-pod.one-ip', 'per-container', false),
          choice('lessons.what-is-a-pod.one-ip', 'one', true),
          choice('lessons.what-is-a-pod.one-ip', 'service', false),
        ],
      },
      outcome: ({ frame }) => {
        const web = findPod(frame, 'web');
        const net = nsOfSandbox(frame, 'web', 'net');
        return (
          podReady(frame, 'web') &&
          web?.status?.podIPs?.length === 1 &&
          sandboxOf(frame, 'web')?.ip === podIp(frame, 'web') &&
          ['app', 'log-shipper'].every((c) => nsOfContainer(frame, 'web', c, 'net') === net) &&
          Boolean(web.spec?.nodeName)
        );
      },
      evidence: ({ frame }) => ({
        ip: podIp(frame, 'web'),
        containers: ['app', 'log-shipper'],
        node: findPod(frame, 'web')?.spec?.nodeName ?? '',
        // Expired an hour after it was written (Event TTL): the scheduler's message, as it wrote it.
        scheduled:
          lastEventMessage(frame, 'web', 'Scheduled') ||
          `Successfully assigned default/web to ${findPod(frame, 'web')?.spec?.nodeName ?? ''}`,
      }),
      explain: 'lessons.what-is-a-pod.one-ip.explain',
    },
    {
      id: 'smallest-unit',
      title: 'lessons.what-is-a-pod.smallest-unit.title',
      look: 'lessons.what-is-a-pod.smallest-unit.look',
      prediction: {
        question: 'lessons.what-is-a-pod.smallest-unit.question',
        choices: [
          choice('lessons.what-is-a-pod.smallest-unit', 'one', false),
          choice('lessons.what-is-a-pod.smallest-unit', 'two', true),
        ],
      },
      act: {
        kind: 'action',
        label: 'lessons.what-is-a-pod.smallest-unit.act',
        action: () => ({ type: 'createPod', manifest: pod('hello', { containers: [nginx('app')] }) }),
        // Any Pod named hello counts, whatever the learner put in it.
        matches: (action) =>
          action.type === 'createPod' &&
          typeof action.manifest !== 'string' &&
          action.manifest.metadata?.name === 'hello',
        settle: 6_000,
      },
      pod: 'hello',
      outcome: ({ frame }) =>
        podReady(frame, 'hello') &&
        frame.sandboxes.filter((s) => s.podName === 'hello').length === 1 &&
        frame.containers.filter((c) => c.podName === 'hello').length === 1,
      evidence: ({ frame }) => ({
        sandbox: shortId(sandboxOf(frame, 'hello')?.id ?? ''),
        container: shortId(instanceOf(frame, 'hello', 'app')?.id ?? ''),
        ip: podIp(frame, 'hello'),
      }),
      explain: 'lessons.what-is-a-pod.smallest-unit.explain',
      detail: 'lessons.what-is-a-pod.smallest-unit.detail',
    },
    {
      id: 'together',
      title: 'lessons.what-is-a-pod.together.title',
      look: 'lessons.what-is-a-pod.together.look',
      pod: 'web',
      prediction: {
        question: 'lessons.what-is-a-pod.together.question',
        choices: [
          choice('lessons.what-is-a-pod.together', 'yes', true),
          choice('lessons.what-is-a-pod.together', 'no', false),
        ],
      },
      act: {
        kind: 'action',
        label: 'lessons.what-is-a-pod.together.act',
        action: () => ({
          type: 'writeFile',
          pod: 'web',
          container: 'app',
          path: ACCESS_LOG,
          content: 'GET /index.html 200',
        }),
        matches: (action) =>
          action.type === 'writeFile' && action.pod === 'web' && action.path.startsWith('/var/log/nginx/'),
        settle: 500,
      },
      outcome: (probe) =>
        filesSeenBy(probe, 'web', 'log-shipper').some((p) => p.startsWith('/var/log/nginx/')),
      evidence: (probe) => {
        const path =
          filesSeenBy(probe, 'web', 'log-shipper').find((p) => p.startsWith('/var/log/nginx/')) ?? '';
        return { path, content: fileContent(probe, 'web', 'log-shipper', path), volume: 'logs' };
      },
      explain: 'lessons.what-is-a-pod.together.explain',
      detail: 'lessons.what-is-a-pod.together.detail',
    },
  ],
};
