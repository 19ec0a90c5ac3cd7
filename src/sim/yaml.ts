/** Installs the `yaml` package as the manifest text parser (with the alias and size limits of manifest.ts). */
import {
  isScalar,
  parseAllDocuments,
  parseDocument,
  type Document,
  type ParseOptions,
  type DocumentOptions,
} from 'yaml';
import { MAX_ALIASES } from './textLimits';
import { installYamlParser } from './yamlText';

export type OneDocument =
  | { doc: Document }
  /** More than one non-empty document: how many, and where the second starts. */
  | { documents: number; from: number; to: number };

/**
 * The one document of a manifest text. Like kubectl's decoder, empty documents (a stray `---` at the end,
 * a comment after it) are skipped; two or more Pods in one text are reported, not half-applied.
 */
export function parseOneDocument(text: string, options: ParseOptions & DocumentOptions): OneDocument {
  const doc = parseDocument(text, options);
  if (!doc.errors.some((e) => e.code === 'MULTIPLE_DOCS')) return { doc };
  // Without the line counter: the first parse has filled it, a second would add every line again.
  const { lineCounter: _filled, ...rest } = options;
  const all = parseAllDocuments(text, rest);
  // An empty document parses to a null scalar (or to nothing).
  const filled = Array.isArray(all)
    ? all.filter((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null))
    : [];
  const second = filled[1];
  if (!second) return { doc: filled[0] ?? doc };
  return { documents: filled.length, from: second.range[0], to: second.range[1] };
}

/** The refusal's words, as the editor, the terminal and the engine show them. */
export const documentsMessage = (documents: number) =>
  `yaml: the text holds ${documents} documents (each --- line starts one); a Pod manifest is one`;

installYamlParser((text) => {
  try {
    const one = parseOneDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2' });
    if (!('doc' in one)) return { error: documentsMessage(one.documents) };
    const { doc } = one;
    const first = doc.errors[0];
    if (first) return { error: `yaml: ${first.message.split('\n')[0] ?? ''}` };
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch (e) {
    return { error: `yaml: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
});
