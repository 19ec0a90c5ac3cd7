/**
 * Checks a Pod manifest's YAML text the way `kubectl apply` would refuse it, with a position for every problem:
 * limits first (manifestLimits.ts), then YAML syntax (the `yaml` package, with offsets), then the simulation's
 * own `validatePodManifest` (Kubernetes field paths), each path located back in the text. Never throws.
 * Shared by the editor (lint diagnostics, the problem list) and the terminal (`kubectl apply -f -`).
 */
import { LineCounter, type Document } from 'yaml';
import { validatePodManifest } from '../sim/manifest';
import { documentsMessage, parseOneDocument } from '../sim/yaml';
import type { Pod } from '../sim/types';
import { locateField } from './locate';
import { checkShape, checkText, MAX_ALIASES, type LimitProblem } from './manifestLimits';

export interface ManifestIssue {
  severity: 'error' | 'warning';
  /**
   * limit: refused before parsing; syntax: YAML; field: Kubernetes validation; kind: not a Pod; unknownField;
   * notSimulated: a real field PodScope keeps but does not act on (probes, lifecycle hooks); serverWarning: the
   * API server accepts it with a warning (kubectl prints `Warning: …`); admission: valid, but an admission
   * plugin refuses it (a ServiceAccount the cluster does not have).
   */
  kind:
    | 'limit'
    | 'syntax'
    | 'field'
    | 'kind'
    | 'unknownField'
    | 'documents'
    | 'notSimulated'
    | 'serverWarning'
    | 'admission';
  /** English, as the tools word it (`spec.containers[0].image: Required value`). */
  message: string;
  field?: string;
  /** Offsets into the text, and 1-based line/column of `from`, when known. */
  from?: number;
  to?: number;
  line?: number;
  col?: number;
  limit?: LimitProblem;
  /** kind 'documents': how many non-empty documents the text holds. */
  documents?: number;
  /** kind 'kind': the manifest's own `kind` (`ReplicaSet`), as the message names it. */
  manifestKind?: string;
}

export interface ManifestCheck {
  issues: ManifestIssue[];
  /** The validated, defaulted Pod (only when there are no errors). */
  pod?: Pod;
  /** The parsed document (absent when refused by a limit or unparsable): the switches edit through it. */
  doc?: Document;
  /** The manifest as plain data, when it parsed (even with field errors). */
  value?: unknown;
}

const UNKNOWN_FIELD = /^unknown field "(.*)"$/;
/**
 * Container fields the API server keeps and PodScope does not act on: no probe runs (a container is ready when
 * it runs) and no hook runs. Said at the field, so a manifest with them does not look like it works.
 */
export const NOT_SIMULATED = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'] as const;
/** The simulation's own depth limit on the data (after parsing). */
const DATA_DEPTH = /nests deeper than (\d+) levels/;

/** Runs every check on `text`. Cost is bounded by the limits, whatever the input. */
export function checkManifest(text: string): ManifestCheck {
  const limited = checkText(text);
  if (limited)
    return { issues: [{ severity: 'error', kind: 'limit', message: limited.message, limit: limited }] };
  const lines = new LineCounter();
  const at = (from: number, to: number) => {
    const pos = lines.linePos(from);
    return { from, to: Math.max(from, to), line: pos.line, col: pos.col };
  };
  let doc: Document;
  try {
    // uniqueKeys is checked by checkShape in linear time (the library's own check is quadratic).
    const one = parseOneDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    if (!('doc' in one)) {
      const { documents, from, to } = one;
      const message = documentsMessage(documents);
      return { issues: [{ severity: 'error', kind: 'documents', message, documents, ...at(from, to) }] };
    }
    doc = one.doc;
  } catch (e) {
    return { issues: [{ severity: 'error', kind: 'syntax', message: `yaml: ${String(e)}` }] };
  }
  const syntax: ManifestIssue[] = doc.errors.map((e) => ({
    severity: 'error',
    kind: 'syntax',
    message: e.message.split('\n')[0] ?? e.message,
    ...at(e.pos[0], e.pos[1]),
  }));
  if (syntax.length > 0) return { issues: syntax };
  const shape = checkShape(doc);
  if (shape.problem)
    return {
      issues: [{ severity: 'error', kind: 'limit', message: shape.problem.message, limit: shape.problem }],
    };
  if (shape.duplicates.length > 0) {
    const issues = shape.duplicates.map((d): ManifestIssue => ({
      severity: 'error',
      kind: 'syntax',
      message: `mapping key "${d.key}" already defined`,
      ...at(d.range[0], d.range[1]),
    }));
    return { issues, doc };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const problem: LimitProblem = {
      limit: 'aliases',
      value: MAX_ALIASES + 1,
      max: MAX_ALIASES,
      message: `yaml: ${e instanceof Error ? e.message : String(e)}`,
    };
    return { issues: [{ severity: 'error', kind: 'limit', message: problem.message, limit: problem }], doc };
  }
  const result = validatePodManifest(value);
  const tooDeep = result.errors.find((e) => e.field === '' && DATA_DEPTH.test(e.message));
  if (tooDeep) {
    const max = Number(DATA_DEPTH.exec(tooDeep.message)?.[1] ?? 40);
    const problem: LimitProblem = { limit: 'depth', value: max + 1, max, message: tooDeep.message };
    return { issues: [{ severity: 'error', kind: 'limit', message: problem.message, limit: problem }], doc };
  }
  const kindOf = (value as { kind?: unknown } | null)?.kind;
  const manifestKind = typeof kindOf === 'string' ? kindOf : JSON.stringify(kindOf);
  const issues: ManifestIssue[] = result.errors.map((e) => {
    const notPod = e.field === 'kind' && !e.message.endsWith('Required value');
    return {
      severity: 'error',
      kind: notPod ? 'kind' : 'field',
      message: e.message,
      ...(notPod ? { manifestKind } : {}),
      ...(e.field ? { field: e.field } : {}),
      ...located(doc, e.field, 'value', at),
    };
  });
  for (const w of result.warnings) {
    const field = UNKNOWN_FIELD.exec(w)?.[1];
    issues.push({
      severity: 'warning',
      kind: 'unknownField',
      message: w,
      ...(field ? { field, ...located(doc, field, 'key', at) } : {}),
    });
  }
  issues.push(...notSimulated(value, doc, at));
  if (result.pod) {
    for (const { field, message } of portWarnings(result.pod))
      issues.push({
        severity: 'warning',
        kind: 'serverWarning',
        message,
        field,
        ...located(doc, field, 'key', at),
      });
  }
  // Admission runs on what decoded, before validation: a Pod can be both refused and invalid.
  const refused = issues.some((i) => i.kind === 'kind') ? undefined : admissionError(value, doc, at);
  if (refused) issues.push(refused);
  return { issues, doc, value, ...(result.pod && !refused ? { pod: result.pod } : {}) };
}

/**
 * ServiceAccount admission looks the Pod's ServiceAccount up and refuses a Pod whose account does not exist;
 * PodScope's cluster has one, `default`. The deprecated `serviceAccount` counts when `serviceAccountName` is
 * empty, as the API's conversion has it.
 */
function admissionError(
  value: unknown,
  doc: Document,
  at: (from: number, to: number) => { from: number; to: number; line: number; col: number },
): ManifestIssue | undefined {
  const raw = value as { metadata?: { name?: unknown }; spec?: Record<string, unknown> } | null;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const named = text(raw?.spec?.serviceAccountName) !== '';
  const field = named ? 'spec.serviceAccountName' : 'spec.serviceAccount';
  const account = text(raw?.spec?.[named ? 'serviceAccountName' : 'serviceAccount']) || 'default';
  if (account === 'default') return undefined;
  return {
    severity: 'error',
    kind: 'admission',
    field,
    message: `pods "${text(raw?.metadata?.name)}" is forbidden: error looking up service account default/${account}: serviceaccount "${account}" not found`,
    ...located(doc, field, 'value', at),
  };
}

/** A warning at each probe or lifecycle hook of a container or init container (message: the field's path). */
function notSimulated(
  value: unknown,
  doc: Document,
  at: (from: number, to: number) => { from: number; to: number; line: number; col: number },
): ManifestIssue[] {
  const spec = (value as { spec?: Record<string, unknown> } | null)?.spec;
  const issues: ManifestIssue[] = [];
  for (const list of ['initContainers', 'containers']) {
    const containers = spec?.[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container: unknown, i) => {
      if (typeof container !== 'object' || container === null) return;
      for (const key of NOT_SIMULATED) {
        if ((container as Record<string, unknown>)[key] == null) continue; // absent, or null (nothing set)
        const field = `spec.${list}[${i}].${key}`;
        issues.push({
          severity: 'warning',
          kind: 'notSimulated',
          message: field,
          field,
          ...located(doc, field, 'key', at),
        });
      }
    });
  }
  return issues;
}

/**
 * The API server's warnings on a Pod's ports (pkg/api/pod/warnings.go warningsForPodSpecAndMeta): a hostIP
 * without a hostPort, and two containers (init containers first) declaring the same containerPort/protocol. containerPort only informs, so
 * the Pod is accepted; its containers still share one network namespace, where the second bind fails.
 */
export function portWarnings(pod: Pod): { field: string; message: string }[] {
  const seen = new Map<string, { field: string; hostIP: string; hostPort: number }[]>();
  const warnings: { field: string; message: string }[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    pod.spec?.[list]?.forEach((container, i) =>
      container.ports?.forEach((port, j) => {
        const field = `spec.${list}[${i}].ports[${j}]`;
        const [hostIP, hostPort] = [port.hostIP ?? '', port.hostPort ?? 0];
        const protocol = port.protocol ?? 'TCP';
        if (hostIP !== '' && hostPort === 0) {
          // Go's %+v of the ContainerPort, in its fields' order.
          const shown = `{Name:${port.name ?? ''} HostPort:0 ContainerPort:${port.containerPort} Protocol:${protocol} HostIP:${hostIP}}`;
          warnings.push({ field, message: `${field}: hostIP set without hostPort: ${shown}` });
        }
        const key = `${port.containerPort}/${protocol}`;
        const others = seen.get(key) ?? [];
        for (const other of others) {
          // Exactly equal is a duplicate; a hostPort of 0 beside any other only overlaps; one hostPort with a
          // hostIP on one side only is dangerously ambiguous.
          const how =
            hostIP === other.hostIP && hostPort === other.hostPort
              ? 'duplicate'
              : hostPort === 0 || other.hostPort === 0
                ? 'overlapping'
                : hostPort === other.hostPort && (hostIP === '') !== (other.hostIP === '')
                  ? 'dangerously ambiguous'
                  : undefined;
          if (how) warnings.push({ field, message: `${field}: ${how} port definition with ${other.field}` });
        }
        seen.set(key, [...others, { field, hostIP, hostPort }]);
      }),
    );
  }
  return warnings;
}

function located(
  doc: Document,
  field: string,
  prefer: 'key' | 'value',
  at: (from: number, to: number) => { from: number; to: number; line: number; col: number },
) {
  const range = locateField(doc, field, prefer);
  return range ? at(range[0], range[1]) : {};
}
