/** Carrying out one due step of the queue (the model loop's body). */
import type { Engine } from './engine';
import { imagePulled } from './images';
import { syncPod } from './kubelet';
import { kubeletEvent } from './objectRefs';
import { containerExited, containerStarted } from './runtime';
import type { Step } from './scheduler';

export function runStep(eng: Engine, step: Step): void {
  const pod = eng.byUid.get(step.pod);
  if (pod === undefined) return;
  switch (step.kind) {
    case 'sync':
      delete pod.syncAt;
      delete pod.syncSeq;
      syncPod(eng, pod);
      return;
    case 'pulled':
      imagePulled(eng, pod);
      syncPod(eng, pod, true);
      return;
    case 'started': {
      const c = pod.containers.find((x) => x.id === step.container);
      if (c === undefined) return;
      containerStarted(eng, pod, c);
      // A start that succeeds clears its cached failure (reasonCache.Update); the status no longer shows it.
      delete pod.reasons[c.name];
      delete pod.reasonsWritten?.[c.name];
      kubeletEvent(eng, pod, c.name, 'Started', 'Container started');
      // SyncPod goes on with the next container to start.
      syncPod(eng, pod, true);
      return;
    }
    case 'exit':
    case 'graceKill': {
      const c = pod.containers.find((x) => x.id === step.container);
      if (c === undefined) return;
      containerExited(eng, pod, c, step.kind === 'exit' ? step.code : 137);
      return;
    }
  }
}
