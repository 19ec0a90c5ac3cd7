/**
 * Mounts the CodeMirror editor into a host element and exposes what the panel needs: the current text, a way
 * to replace it (presets, switches) with a minimal change, and a jump to a position (the problem list).
 */
import { forceLinting } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, type RefObject } from 'react';
import { editorState, labelCompartment, labelExtension, type EditorHooks } from './editorSetup';
import { minimalChange } from './minimalChange';
// The editor's Pods may name any image: the registry decides whether it pulls.
import '../../sim/registry';

export interface ManifestEditorHandle {
  text: () => string;
  /** Replaces the text, touching only the part that differs (keeps the cursor and scroll where possible). */
  setText: (text: string) => void;
  /** Puts the cursor at `offset` and focuses the editor. */
  focusAt: (offset: number) => void;
}

export function useManifestEditor(
  host: RefObject<HTMLDivElement | null>,
  initialText: string,
  label: string,
  hooks: EditorHooks,
): RefObject<ManifestEditorHandle | null> {
  const handle = useRef<ManifestEditorHandle | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The editor is created once; the latest callbacks are read through a ref.
  const hooksRef = useRef(hooks);
  useEffect(() => {
    hooksRef.current = hooks;
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // A shadow root, because there CodeMirror's styles go into a constructed stylesheet: the app's
    // Content-Security-Policy (style-src 'self') refuses the <style> element it would add to the document.
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    shadow.appendChild(parent);
    const view = new EditorView({
      root: shadow,
      parent,
      state: editorState(initialText, label, {
        onText: (t) => hooksRef.current.onText(t),
        onCheck: (c, t) => hooksRef.current.onCheck(c, t),
        onRefused: (n) => hooksRef.current.onRefused(n),
      }),
    });
    viewRef.current = view;
    handle.current = {
      text: () => view.state.doc.toString(),
      setText: (text) => {
        const change = minimalChange(view.state.doc.toString(), text);
        if (change.from === change.to && change.insert === '') return;
        view.dispatch({ changes: change });
        forceLinting(view);
      },
      focusAt: (offset) => {
        const pos = Math.min(offset, view.state.doc.length);
        view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
        view.focus();
      },
    };
    return () => {
      view.destroy();
      parent.remove();
      viewRef.current = null;
      handle.current = null;
    };
    // Created once per mount: the text and label are updated through the handle and the compartment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: labelCompartment.reconfigure(labelExtension(label)) });
  }, [label]);

  return handle;
}
