/**
 * The CodeMirror 6 configuration of the manifest editor (imported only by the lazy free-play chunk): YAML
 * language support, highlighting in the app's theme colours (so contrast holds in light and dark), lint
 * diagnostics from the manifest checks on a debounce, and a size guard on every change.
 */
import {
  defaultKeymap,
  history,
  historyKeymap,
  indentWithTab,
  temporarilySetTabFocusMode,
} from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { checkManifest, MAX_MANIFEST_CHARS, type ManifestCheck } from '../../terminal';

/** Time after the last keystroke before the manifest is checked again (never on every keystroke). */
export const CHECK_DELAY_MS = 400;

// Colours are the theme's variables: each already meets 4.5:1 on --surface in light and dark.
const highlight = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--accent)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--ok)' },
  { tag: tags.lineComment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.labelName, tags.typeName], color: 'var(--volume)' },
  { tag: [tags.meta, tags.keyword], color: 'var(--warn)' },
]);

const theme = EditorView.theme({
  // The editor lives in a shadow root: the app's stylesheet cannot reach in, so its size is set here.
  '&': { height: '18rem', backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '13px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'var(--font-mono)' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 7%, transparent)' },
  '.cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 12%, transparent)',
    color: 'var(--text)',
  },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '-3px' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 28%, transparent)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
  // The lint theme draws squiggles and gutter icons as data: SVG images, which the CSP (img-src 'self' blob:)
  // blocks: use text decoration and CSS shapes instead (circle = error, square = warning, not colour alone).
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--bad)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warn)' },
  '.cm-lintRange-error, .cm-lintRange-warning': { textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lint-marker-error, .cm-lint-marker-warning': {
    content: 'normal',
    width: '0.6em',
    height: '0.6em',
    margin: '0.2em',
  },
  '.cm-lint-marker-error': { backgroundColor: 'var(--bad)', borderRadius: '50%' },
  '.cm-lint-marker-warning': { backgroundColor: 'var(--warn)' },
});

/**
 * Typing over a selection is applied by the editor itself, not by the browser. Chromium's native editing,
 * when the typed text replaces a selection that spans several elements (lines, highlighted tokens), puts a
 * `style` attribute on the line it merges into, which the CSP (style-src 'self') refuses with a console
 * error. So a typed character replaces the selection through a transaction (CodeMirror's input handlers see
 * it first), and an IME composition starts by deleting the selection (CodeMirror itself does that only for a
 * selection over several lines). A collapsed cursor is left to the browser and CodeMirror as usual.
 */
const replaceSelectionOnInput = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== 'insertText' || event.isComposing || event.data === null) return false;
    if (view.state.readOnly || view.state.selection.ranges.every((r) => r.empty)) return false;
    event.preventDefault();
    const text = event.data;
    const { from, to } = view.state.selection.main;
    const insert = () =>
      view.state.update(view.state.replaceSelection(text), { scrollIntoView: true, userEvent: 'input.type' });
    if (!view.state.facet(EditorView.inputHandler).some((h) => h(view, from, to, text, insert)))
      view.dispatch(insert());
    return true;
  },
});

const clearSelectionOnComposition = EditorView.domEventObservers({
  // Observers of extensions run before CodeMirror's own, so this sees the selection as the user left it.
  compositionstart(_event, view) {
    const ranges = view.state.selection.ranges.filter((r) => !r.empty);
    if (view.state.readOnly || ranges.length === 0) return;
    view.dispatch({ changes: ranges.map((r) => ({ from: r.from, to: r.to })), userEvent: 'input' });
  },
});

/** Both of the above. */
export const nativeEditingGuard: Extension = [replaceSelectionOnInput, clearSelectionOnComposition];

export function toDiagnostics(check: ManifestCheck, length: number): Diagnostic[] {
  return (
    check.issues
      // A field PodScope does not simulate is told in the problem list, in the reader's language.
      .filter((i) => i.from !== undefined && i.kind !== 'notSimulated')
      .map((i) => {
        const from = Math.min(i.from ?? 0, length);
        return {
          from,
          to: Math.min(Math.max(i.to ?? from, from), length),
          severity: i.severity,
          message: i.message,
        };
      })
  );
}

export interface EditorHooks {
  /** Every change (cheap: just the text). */
  onText: (text: string) => void;
  /** After each debounced check. */
  onCheck: (check: ManifestCheck, text: string) => void;
  /** A change that would make the manifest too large was dropped. */
  onRefused: (length: number) => void;
}

/** The label compartment lets the accessible name follow the UI language without rebuilding the editor. */
export const labelCompartment = new Compartment();

export const labelExtension = (label: string): Extension =>
  EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' });

export function editorState(text: string, label: string, hooks: EditorHooks): EditorState {
  return EditorState.create({
    doc: text,
    extensions: [
      lineNumbers(),
      history(),
      highlightActiveLine(),
      indentOnInput(),
      bracketMatching(),
      // Escape, then Tab, moves focus out: Tab itself indents (WAI-ARIA editor pattern, CodeMirror's tab example).
      keymap.of([
        { key: 'Escape', run: temporarilySetTabFocusMode },
        indentWithTab,
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      yaml(),
      syntaxHighlighting(highlight),
      theme,
      nativeEditingGuard,
      labelCompartment.of(labelExtension(label)),
      // Refuse a paste or edit that would exceed the limit before it reaches the document.
      EditorState.transactionFilter.of((tr) => {
        if (!tr.docChanged || tr.newDoc.length <= MAX_MANIFEST_CHARS) return tr;
        hooks.onRefused(tr.newDoc.length);
        return [];
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) hooks.onText(update.state.doc.toString());
      }),
      linter(
        (view) => {
          const text = view.state.doc.toString();
          const check = checkManifest(text);
          hooks.onCheck(check, text);
          return toDiagnostics(check, text.length);
        },
        { delay: CHECK_DELAY_MS },
      ),
      lintGutter(),
    ],
  });
}
