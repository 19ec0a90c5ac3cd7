/** Installs the `yaml` package as the manifest text parser (with the alias and size limits of manifest.ts). */
import { parseDocument } from 'yaml';
import { MAX_ALIASES } from './textLimits';
import { installYamlParser } from './yamlText';

installYamlParser((text) => {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2' });
    const first = doc.errors[0];
    if (first) return { error: `yaml: ${first.message.split('\n')[0] ?? ''}` };
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch (e) {
    return { error: `yaml: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
});
