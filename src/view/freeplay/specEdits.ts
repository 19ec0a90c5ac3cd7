/**
 * The switches beside the editor change the manifest *text*: set or remove one `spec.<field>` line, leaving
 * every other character (comments, order, quoting) as the author wrote it. Only when the spec is not a plain
 * block mapping does it fall back to re-printing the document.
 */
import { isMap, isScalar, type Document, type Node } from 'yaml';

export const SWITCH_FIELDS = ['shareProcessNamespace', 'hostNetwork', 'hostPID', 'hostIPC'] as const;
export type SwitchField = (typeof SWITCH_FIELDS)[number] | 'hostUsers' | 'restartPolicy';

export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** What the switches show, read from the manifest as written (not defaulted). */
export function readSwitches(value: unknown): Partial<Record<SwitchField, unknown>> {
  const spec = (value as { spec?: unknown } | undefined)?.spec;
  return typeof spec === 'object' && spec !== null ? spec : {};
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

/** Reprints through the document model (comments survive; layout may not). */
function viaDocument(doc: Document, field: SwitchField, value: string | boolean | undefined): string {
  const copy = doc.clone();
  if (value === undefined) copy.deleteIn(['spec', field]);
  else copy.setIn(['spec', field], value);
  return copy.toString();
}

/**
 * `text` with `spec.<field>` set to `value` (undefined removes the line). `doc` must be `text` parsed.
 * Returns `text` unchanged when there is no spec mapping to edit.
 */
export function setSpecField(
  text: string,
  doc: Document,
  field: SwitchField,
  value: string | boolean | undefined,
): string {
  const root = doc.contents;
  if (!isMap(root)) return text;
  const specPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'spec');
  const spec = specPair?.value;
  if (!isMap(spec) || spec.flow || spec.items.length === 0) return viaDocument(doc, field, value);
  const pair = spec.items.find((p) => isScalar(p.key) && p.key.value === field);
  const keyRange = (pair?.key as Node | undefined)?.range;
  const valueNode = pair?.value;
  if (pair && keyRange) {
    if (value === undefined) {
      const end = isScalar(valueNode) && valueNode.range ? valueNode.range[1] : keyRange[1];
      return text.slice(0, lineStart(text, keyRange[0])) + text.slice(lineEnd(text, end));
    }
    if (isScalar(valueNode) && valueNode.range) {
      return text.slice(0, valueNode.range[0]) + String(value) + text.slice(valueNode.range[1]);
    }
    return viaDocument(doc, field, value);
  }
  if (value === undefined) return text;
  // Insert right under `spec:` (before any comment about the first field), at the spec's indentation.
  const firstKey = (spec.items[0]?.key as Node | undefined)?.range;
  const specKey = (specPair?.key as Node | undefined)?.range;
  if (!firstKey || !specKey) return viaDocument(doc, field, value);
  const firstLine = lineStart(text, firstKey[0]);
  const indent = text.slice(firstLine, firstKey[0]);
  const at = lineEnd(text, specKey[1]);
  if (/\S/.test(indent) || at > firstLine) return viaDocument(doc, field, value);
  return `${text.slice(0, at)}${indent}${field}: ${String(value)}\n${text.slice(at)}`;
}
