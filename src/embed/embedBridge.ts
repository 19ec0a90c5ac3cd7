import type { Event, Pod } from '../sim/types';
import { textIn } from '../i18n/text';
import type { AppStores } from '../view/stores';
import { ensureYamlFor } from './ensureYaml';
// A host may send applyPod over an existing Pod.
import '../sim/applyDiff';
// …or create ReplicaSets.
import '../sim/replicaSet';
// …or Pods with images of its own.
import '../sim/registry';
import { parseHostMessage } from './hostMessages';

/** The shape of every message the embed posts: `{ source: 'podscope', type, ... }`. */
export interface PodSummary {
  name: string;
  phase: string;
  ip: string;
  restarts: Record<string, number>;
}

export function summarisePods(pods: readonly Pod[]): PodSummary[] {
  return pods.map((pod) => ({
    name: pod.metadata?.name ?? '',
    phase: pod.status?.phase ?? 'Pending',
    ip: pod.status?.podIP ?? '',
    restarts: Object.fromEntries(
      [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].map((s) => [
        s.name,
        s.restartCount,
      ]),
    ),
  }));
}

const eventKey = (event: Event) => `${event.metadata?.name ?? ''}#${event.count ?? 1}`;

/**
 * Connects an embedded PodScope to its host page: validates incoming commands (origin, shape) and
 * posts `ready`, `state`, `event`, `resize` and `error`. Returns a function that disconnects.
 */
export function startEmbedBridge(options: {
  stores: AppStores;
  /** Accepted host origins; empty = any (the embed carries no secrets). */
  origins: readonly string[];
  target?: Window;
  self?: Window;
}): () => void {
  const self = options.self ?? window;
  const target = options.target ?? window.parent;
  const { simulation, preferences } = options.stores;
  // Replies go to the origin asked from. What we send unasked (ready, state, event, resize) goes to the
  // accepted origins only, so the browser drops it for any other host page; with none given, to any ('*' is
  // safe: the messages hold only simulation state a host could read by embedding us anyway).
  const post = (message: Record<string, unknown>, origin?: string) => {
    const data = { source: 'podscope', ...message };
    if (origin !== undefined) return target.postMessage(data, origin);
    for (const to of options.origins.length > 0 ? new Set(options.origins) : ['*'])
      target.postMessage(data, to);
  };
  const accepts = (origin: string) => options.origins.length === 0 || options.origins.includes(origin);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== target) return;
    const replyOrigin = event.origin === 'null' ? '*' : event.origin;
    // Parsed first (it only validates) so that every error reply, a refused origin's too, carries the id.
    const parsed = parseHostMessage(event.data);
    const id = parsed.id !== undefined ? { id: parsed.id } : {};
    if (!accepts(event.origin)) {
      post(
        { type: 'error', error: `origin ${event.origin} is not accepted by this embed`, ...id },
        replyOrigin,
      );
      return;
    }
    if (!parsed.ok) {
      post({ type: 'error', error: parsed.error, ...id }, replyOrigin);
      return;
    }
    const sim = simulation.getState();
    const command = parsed.command;
    switch (command.kind) {
      case 'action':
        void ensureYamlFor([command.action]).then(() => {
          if (!simulation.getState().dispatch(command.action)) {
            // Read after the dispatch: the store's state object is replaced, the one before has no notice.
            const state = simulation.getState();
            post(
              {
                type: 'error',
                error: textIn('en', state.notice?.message ?? 'the action was refused'),
                ...id,
              },
              replyOrigin,
            );
            state.dismissNotice();
          }
        });
        break;
      case 'play':
        sim.play();
        break;
      case 'pause':
        sim.pause();
        break;
      case 'seek':
        // Within the recorded history only: past its end there is nothing recorded to show yet.
        if (command.t > sim.horizon)
          post(
            {
              type: 'error',
              error: `seek: t ${command.t} is past the recorded history (0–${Math.floor(sim.horizon)} ms)`,
              ...id,
            },
            replyOrigin,
          );
        else sim.seek(command.t);
        break;
      case 'setLang':
        preferences.getState().setLang(command.lang);
        break;
      case 'setTheme':
        preferences.getState().setTheme(command.theme);
        break;
      case 'highlightNamespace':
        sim.highlightNamespace(command.ns);
        break;
    }
  };
  self.addEventListener('message', onMessage);

  let lastState = '';
  const seen = new Set<string>();
  const report = () => {
    const { frame, now } = simulation.getState();
    const pods = summarisePods(frame.pods);
    const serialised = JSON.stringify(pods);
    if (serialised !== lastState) {
      lastState = serialised;
      post({ type: 'state', t: now, pods });
    }
    for (const event of frame.events) {
      const key = eventKey(event);
      if (seen.has(key)) continue;
      seen.add(key);
      post({
        type: 'event',
        event: {
          reason: event.reason,
          message: event.message,
          type: event.type,
          count: event.count,
          object: event.involvedObject.name,
          lastTimestamp: event.lastTimestamp,
        },
      });
    }
  };
  frameEvents(simulation.getState().frame.events, seen);
  const unsubscribe = simulation.subscribe((state, previous) => {
    if (state.frame !== previous.frame) report();
  });

  let lastHeight = -1;
  const resize = new ResizeObserver(() => {
    const height = Math.ceil(self.document.documentElement.scrollHeight);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'resize', height });
    }
  });
  resize.observe(self.document.body);

  post({
    type: 'ready',
    version: 1,
    t: simulation.getState().now,
    pods: summarisePods(simulation.getState().frame.pods),
  });
  return () => {
    self.removeEventListener('message', onMessage);
    unsubscribe();
    resize.disconnect();
  };
}

/** Events that existed before the bridge started are part of `ready`, not news. */
function frameEvents(events: readonly Event[], seen: Set<string>) {
  for (const event of events) seen.add(eventKey(event));
}
