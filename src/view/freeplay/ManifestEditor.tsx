import { useId, useRef, useState } from 'react';
import { stringify } from 'yaml';
import type { ApplyOutcome } from '../../sim/applyDiff';
// `kubectl apply` / Apply dispatch YAML text: install the engine's YAML parser (kept off the first load).
import '../../sim/yaml';
import { PRESETS } from '../../lessons/presetList';
import { checkManifest, MAX_MANIFEST_CHARS, type ManifestCheck } from '../../terminal';
// Installs the engine's apply comparison too (sim/applyDiff.ts).
import { planApply } from '../../terminal/applyPlan';
import { textIn } from '../../i18n/text';
import '../controls/actionMessages';
import { usePreferences, useSim, useStores, useT } from '../stores';
import { ProblemList } from './ProblemList';
import { readSwitches, setSpecField, type SwitchField } from './specEdits';
import { revealCanvas } from '../shell/revealCanvas';
import { SpecSwitches } from './SpecSwitches';
import { useManifestEditor } from './useManifestEditor';
import './messages';

/** The canvas opens with the first preset running: the editor starts with its manifest. */
export const DEFAULT_PRESET = PRESETS[0]?.id ?? '';

/** A preset's manifest as the editor shows it (the `yaml` package's own layout). */
export const presetYaml = (id: string): string =>
  stringify((PRESETS.find((p) => p.id === id) ?? PRESETS[0])?.manifest ?? {});

type Status =
  | { kind: 'applied'; result: string; outcome: ApplyOutcome }
  | { kind: 'blocked' }
  | { kind: 'refused'; message: string };

export interface ManifestEditorProps {
  /** Keeps the latest text where the terminal's `kubectl apply -f -` can read it. */
  onText: (text: string) => void;
  initialText: string;
}

/** The manifest editor: presets, switches, the YAML itself, Apply, and the located problems. */
export function ManifestEditor({ onText, initialText }: ManifestEditorProps) {
  const t = useT();
  const id = useId();
  const dispatch = useSim((s) => s.dispatch);
  const selectPod = useSim((s) => s.selectPod);
  const stores = useStores();
  const host = useRef<HTMLDivElement>(null);
  const [presetId, setPresetId] = useState(DEFAULT_PRESET);
  const [check, setCheck] = useState<ManifestCheck>(() => checkManifest(initialText));
  const [status, setStatus] = useState<Status | null>(null);
  const [refused, setRefused] = useState<number | null>(null);

  const editor = useManifestEditor(host, initialText, t('freeplay.editor.label'), {
    onText: (text) => {
      onText(text);
      setStatus(null);
      setRefused(null);
    },
    onCheck: (result) => setCheck(result),
    onRefused: (length) => setRefused(length),
  });

  const replaceText = (text: string) => {
    editor.current?.setText(text);
    // Checked at once (one small document), so the switches never show a stale value.
    setCheck(checkManifest(text));
  };

  const toggle = (field: SwitchField, value: string | boolean | undefined) => {
    const text = editor.current?.text() ?? '';
    if (check.doc) replaceText(setSpecField(text, check.doc, field, value));
  };

  const apply = () => {
    const text = editor.current?.text() ?? '';
    const result = checkManifest(text);
    setCheck(result);
    const name = result.pod?.metadata?.name;
    if (!result.pod || !name || result.issues.some((i) => i.severity === 'error')) {
      setStatus({ kind: 'blocked' });
      return;
    }
    const existing = stores.simulation.getState().frame.pods.find((p) => p.metadata?.name === name);
    const { outcome, manifest } = planApply(text, result.value, result.pod, existing);
    if (dispatch({ type: 'applyPod', manifest })) {
      selectPod(name);
      setStatus({ kind: 'applied', result: `pod/${name} ${outcome}`, outcome });
      revealCanvas();
    } else {
      setStatus({ kind: 'refused', message: '' });
    }
  };

  return (
    <section className="fp-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fp-heading">
        {t('freeplay.editor.heading')}
      </h3>
      <div className="fp-preset">
        <label>
          <span>{t('freeplay.editor.preset')}</span>
          <select
            value={presetId}
            onChange={(e) => setPresetId(e.currentTarget.value)}
            data-testid="fp-preset"
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="tool-button"
          onClick={() => replaceText(presetYaml(presetId))}
          data-testid="fp-load"
        >
          {t('freeplay.editor.load')}
        </button>
      </div>
      <SpecSwitches values={readSwitches(check.value)} disabled={!check.doc} onChange={toggle} />
      <div ref={host} className="fp-editor" data-testid="fp-editor" />
      <p className="fp-hint fp-keys" id={`${id}-keys`} data-testid="editor-keys">
        {t('freeplay.editor.keys')}
      </p>
      <div className="action-row">
        <button type="button" className="tool-button fp-primary" onClick={apply} data-testid="fp-apply">
          {t('freeplay.editor.apply')}
        </button>
        <p role="status" className="fp-status" data-testid="fp-status">
          {status?.kind === 'applied' && t(APPLIED_MESSAGE[status.outcome], { result: status.result })}
          {status?.kind === 'blocked' && t('freeplay.editor.notApplied')}
          {status?.kind === 'refused' && <RefusedNotice />}
          {refused !== null &&
            t('freeplay.problems.pasteRefused', { value: refused, max: MAX_MANIFEST_CHARS })}
        </p>
      </div>
      <h4 className="fp-subheading">{t('freeplay.problems.heading')}</h4>
      <ProblemList issues={check.issues} onGoTo={(o) => editor.current?.focusAt(o)} />
    </section>
  );
}

const APPLIED_MESSAGE = {
  created: 'freeplay.editor.applied',
  unchanged: 'freeplay.editor.unchanged',
  configured: 'freeplay.editor.configured',
  replaced: 'freeplay.editor.replaced',
} as const;

/** The store's notice says why the engine refused the manifest. */
function RefusedNotice() {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const notice = useSim((s) => s.notice);
  return <>{t('freeplay.editor.refused', { message: textIn(lang, notice?.message ?? '') })}</>;
}
