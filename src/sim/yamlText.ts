/**
 * Manifest text → data. JSON (a subset of YAML) always parses; YAML proper needs the `yaml` package,
 * which `./yaml.ts` installs. The public entry (`index.ts`) installs it; the app's first page imports
 * `core.ts` instead and loads the parser only when YAML text arrives, keeping ~30 KB off the first load.
 */
import { checkText } from './textLimits';

export type TextParseResult = { value?: unknown; error?: string };
export type YamlTextParser = (text: string) => TextParseResult;

let installed: YamlTextParser | undefined;

export function installYamlParser(parser: YamlTextParser): void {
  installed = parser;
}

export function yamlParserInstalled(): boolean {
  return installed !== undefined;
}

export function parseManifestText(text: string): TextParseResult {
  // Bounded before any parser runs: deep nesting or huge input must be refused, not crash or hang.
  const limited = checkText(text);
  if (limited) return { error: limited.message };
  if (installed) return installed(text);
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return { value: JSON.parse(trimmed) as unknown };
    } catch (e) {
      return { error: `json: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return {
    error: 'YAML support is not loaded yet: load it first (import "src/sim/yaml"), or send a JSON object',
  };
}
