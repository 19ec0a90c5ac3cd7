/**
 * `kubectl exec [-it] POD [-c CONTAINER] -- COMMAND [args...]` and `kubectl logs POD [-c CONTAINER] [-p]`:
 * picking the container like kubectl does (podcmd.FindOrDefaultContainerByName) and failing with its messages.
 */
// `kubectl logs` reads the simulation's logs: their reader loads with the terminal.
import '../sim/logs';
import type { Pod } from '../sim/types';
import { runInContainer, START_FAILED } from './execCommands';
import type { ExecEnv } from './execEnv';
import { admitted } from './serviceAccount';
import type { CommandResult, TerminalContext } from './types';
import {
  containerSpec,
  currentSandbox,
  findPod,
  newestInstance,
  nodeOf,
  podName,
  podNotFound,
  stripPodPrefix,
} from './world';

const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** The container kubectl picks without -c, and the notice it prints when there was a choice. */
function defaultContainer(pod: Pod): { name: string; notice: string } {
  const spec = pod.spec;
  const annotated = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  if (annotated && containerSpec(pod, annotated)) return { name: annotated, notice: '' };
  const name = spec?.containers[0]?.name ?? '';
  const all = [
    ...(spec?.containers ?? []).map((c) => c.name),
    ...(spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ];
  const notice = all.length > 1 ? `Defaulted container "${name}" out of: ${all.join(', ')}` : '';
  return { name, notice };
}

/** `kubectl exec`. `argv` is everything after `--`. */
export function kubectlExec(
  ctx: TerminalContext,
  positional: readonly string[],
  containerFlag: string | undefined,
  argv: readonly string[] | undefined,
  interactive = false,
): CommandResult {
  const target = positional[0];
  if (target === undefined) return { output: 'error: pod, type/name or --filename must be specified' };
  if (argv === undefined || positional.length > 1) {
    return {
      output: 'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
    };
  }
  if (argv.length === 0) return { output: 'error: you must specify at least one command for the container' };
  const name = stripPodPrefix(target);
  const found = findPod(ctx, name);
  if (!found) return { output: podNotFound(name) };
  // The Pod as stored, with the service account's token mounted (serviceAccount.ts).
  const pod = admitted(found);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    return { output: `error: cannot exec into a container in a completed pod; current phase is ${phase}` };
  }
  const chosen = containerFlag ?? defaultContainer(pod).name;
  const notice = containerFlag === undefined ? defaultContainer(pod).notice : '';
  const spec = containerSpec(pod, chosen);
  if (!spec) return { output: `error: container ${chosen} not found in pod ${podName(pod)}` };
  const instance = newestInstance(ctx, pod, chosen);
  if (instance?.state !== 'CONTAINER_RUNNING') {
    return {
      output: [notice, `error: unable to upgrade connection: container not found ("${chosen}")`]
        .filter(Boolean)
        .join('\n'),
    };
  }
  const env: ExecEnv = {
    ctx,
    pod,
    container: instance,
    spec,
    node: nodeOf(ctx, pod),
    sandbox: currentSandbox(ctx, pod),
    interactive,
  };
  const result = runInContainer(env, argv);
  const lines = [notice, result.out.replace(/\n$/, '')];
  // A program that ran and failed: kubectl reports its exit code (a start failure is already an error line).
  if (result.exit > 0 && result.exit !== START_FAILED)
    lines.push(`command terminated with exit code ${result.exit}`);
  return { output: lines.filter((l) => l !== '').join('\n'), note: result.note };
}

/** `kubectl logs`. */
export function kubectlLogs(
  ctx: TerminalContext,
  positional: readonly string[],
  containerFlag: string | undefined,
  previous: boolean,
): string {
  const target = positional[0];
  if (target === undefined) {
    return "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";
  }
  const name = stripPodPrefix(target);
  const pod = findPod(ctx, name);
  if (!pod) return podNotFound(name);
  const chosen = containerFlag ?? positional[1] ?? defaultContainer(pod).name;
  const notice =
    containerFlag === undefined && positional[1] === undefined ? defaultContainer(pod).notice : '';
  if (!containerSpec(pod, chosen)) return `error: container ${chosen} is not valid for pod ${name}`;
  try {
    const lines = ctx.query.logs(name, chosen, { previous });
    return [notice, ...lines].filter((l, i) => i > 0 || l !== '').join('\n');
  } catch (e) {
    return [notice, `Error from server (BadRequest): ${e instanceof Error ? e.message : String(e)}`]
      .filter(Boolean)
      .join('\n');
  }
}
