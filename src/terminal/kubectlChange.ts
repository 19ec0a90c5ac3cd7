/**
 * The kubectl commands that change something: `delete pod` and `apply -f -`. They only *describe* the change
 * (an Action plus what kubectl prints); the caller dispatches it through the store.
 */
import { describeErrors } from '../sim/manifest';
// What it applies may name any image: the registry decides whether it pulls.
import '../sim/registry';
import { planApply } from './applyPlan';
import { checkManifest } from './manifestCheck';
import type { CommandResult, TerminalContext } from './types';
import { findPod, podNotFound, stripPodPrefix } from './world';

const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';

/** PodScope's note when it replaces a Pod that kubectl apply could not change (ctx.replaced in the UI's words). */
const REPLACED =
  'Of a Pod only the container images, labels and annotations can change in place: kubectl apply would refuse this change. PodScope deleted the Pod and created it again (new UID, new IP), as kubectl replace --force does.';

/** What kubectl (v1.34 on) prints for each object it deleted: the namespace too, as the Pods live in one. */
function deletedLine(name: string, force = false): string {
  return `pod "${name}" ${force ? 'force deleted' : 'deleted'} from default namespace`;
}

/** `kubectl delete pod NAME [--grace-period=N] [--now] [--force]`. */
export function kubectlDelete(
  ctx: TerminalContext,
  positional: readonly string[],
  flags: ReadonlyMap<string, string>,
): CommandResult {
  const [typeArg, ...rest] = positional;
  if (typeArg === undefined) {
    return {
      output:
        "error: You must provide one or more resources by argument or filename.\nSee 'kubectl delete -h' for help and examples",
    };
  }
  const [type = '', inline] = typeArg.split('/');
  if (!['pods', 'pod', 'po'].includes(type))
    return { output: `error: the server doesn't have a resource type "${type}"` };
  const names = (inline !== undefined ? [inline, ...rest] : rest).map(stripPodPrefix);
  const name = names[0];
  if (name === undefined) return { output: 'error: resource(s) were provided, but no name was specified' };
  if (names.length > 1)
    return {
      output: '',
      note: ctx.onePod ?? 'PodScope deletes one Pod per command: delete them one by one.',
    };
  if (!findPod(ctx, name)) return { output: podNotFound(name) };
  const force = flags.has('force');
  let grace: number | undefined;
  const raw = flags.get('grace-period');
  if (raw !== undefined) {
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(n)) {
      return {
        output: `error: invalid argument "${raw}" for "--grace-period" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`,
      };
    }
    grace = n < 0 ? undefined : n;
  }
  if (flags.has('now')) grace = 1;
  // kubectl turns --grace-period=0 into 1 unless --force is given, and --force alone means 0.
  if (grace === 0 && !force) grace = 1;
  if (force && grace === undefined) grace = 0;
  if (grace !== undefined && grace > 86_400) grace = 86_400;
  const output = force && grace === 0 ? `${FORCE_WARNING}\n${deletedLine(name, true)}` : deletedLine(name);
  return {
    output,
    action: { type: 'deletePod', pod: name, ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}) },
  };
}

/**
 * `--validate` (kubectl's GetValidationDirective): strict refuses unknown fields, warn prints them and the API
 * server drops them, ignore drops them silently.
 */
const VALIDATION = new Map<string, 'strict' | 'warn' | 'ignore'>([
  ['strict', 'strict'],
  ['true', 'strict'],
  ['warn', 'warn'],
  ['ignore', 'ignore'],
  ['false', 'ignore'],
]);

/** `kubectl apply -f -`: stdin is the manifest editor's text. */
export function kubectlApply(ctx: TerminalContext, flags: ReadonlyMap<string, string>): CommandResult {
  const file = flags.get('filename');
  if (file === undefined) return { output: 'error: must specify one of -f and -k' };
  if (file !== '-') return { output: `error: the path "${file}" does not exist` };
  const text = ctx.manifest ?? '';
  if (text.trim() === '') return { output: 'error: no objects passed to apply' };
  const validation = VALIDATION.get(flags.get('validate') ?? 'strict');
  if (validation === undefined) {
    return {
      output: `error: invalid - validate option "${flags.get('validate') ?? ''}"; must be one of: strict (true), warn, ignore (false)`,
    };
  }
  const check = checkManifest(text);
  const errors = check.issues.filter((i) => i.severity === 'error');
  const unknown = check.issues.filter((i) => i.kind === 'unknownField');
  const first = errors[0];
  if (first?.kind === 'limit' || first?.kind === 'syntax' || first?.kind === 'documents') {
    const where = first.line !== undefined ? `line ${first.line}: ` : '';
    return { output: `error: error parsing STDIN: ${where}${first.message}` };
  }
  if (first?.kind === 'kind') return { output: `error: ${first.message}` };
  const written = (check.value as { metadata?: { name?: unknown } } | undefined)?.metadata?.name;
  const name = typeof written === 'string' ? written : undefined;
  const existing = name === undefined ? undefined : findPod(ctx, name);
  const verb = existing ? 'patching' : 'creating';
  // The API server's order: decoding (a value it cannot decode; then, with --validate=strict, a field it does
  // not know: BadRequest), admission (Forbidden), validation (Invalid).
  const undecodable = errors.find((e) =>
    e.message.startsWith('Pod in version "v1" cannot be handled as a Pod'),
  );
  if (undecodable)
    return { output: `Error from server (BadRequest): error when ${verb} "STDIN": ${undecodable.message}` };
  if (validation === 'strict' && unknown.length > 0) {
    const fields = unknown.map((u) => u.message).join(', ');
    const where = existing
      ? 'error when patching "STDIN"'
      : 'error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod';
    return { output: `Error from server (BadRequest): ${where}: strict decoding error: ${fields}` };
  }
  const refused = errors.find((e) => e.kind === 'admission');
  if (refused)
    return { output: `Error from server (Forbidden): error when ${verb} "STDIN": ${refused.message}` };
  if (!check.pod || errors.length > 0) {
    const fieldErrors = errors.map((e) => ({ field: e.field ?? '', message: e.message }));
    return { output: describeErrors(name, fieldErrors) };
  }
  // "configured" only for what a Pod update may change (images, labels, annotations); the engine replaces the
  // Pod for anything else, which the API server would refuse: say so rather than claim an in-place change.
  const { outcome, manifest } = planApply(text, check.value, check.pod, existing);
  // The API server's own warnings print whatever --validate says (but "unchanged" sends it nothing to warn
  // about); unknown fields only with warn.
  const warnings = check.issues
    .filter(
      (i) =>
        (i.kind === 'serverWarning' && outcome !== 'unchanged') ||
        (validation === 'warn' && i.kind === 'unknownField'),
    )
    .map((w) => `Warning: ${w.message}`);
  const lines =
    outcome === 'replaced' ? [deletedLine(name ?? ''), `pod/${name} replaced`] : [`pod/${name} ${outcome}`];
  return {
    output: [...warnings, ...lines].join('\n'),
    ...(outcome === 'replaced' ? { note: ctx.replaced ?? REPLACED } : {}),
    action: { type: 'applyPod', manifest },
  };
}
