import { yamlParserInstalled } from '../sim/core';

/** True if the action carries manifest text that is not JSON (so parsing it needs the YAML parser). */
export function needsYaml(action: unknown): boolean {
  if (typeof action !== 'object' || action === null) return false;
  const { manifest, template } = action as { manifest?: unknown; template?: unknown };
  return [manifest, template].some((text) => typeof text === 'string' && !text.trim().startsWith('{'));
}

/** Loads the YAML parser (a lazy chunk) if any of these actions needs it. */
export async function ensureYamlFor(actions: readonly unknown[]): Promise<void> {
  if (!yamlParserInstalled() && actions.some(needsYaml)) await import('../sim/yaml');
}
