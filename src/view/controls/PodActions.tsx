import '../lazyPanels.css';
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PRESETS } from '../../lessons/presetList';
import type { Pod } from '../../sim/types';
import { useSim, useT } from '../stores';
import './actionMessages';

/** A free name for another copy of a preset: web, web-2, web-3… */
export function freeName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}

function withName(manifest: Pod, name: string): Pod {
  return { ...manifest, metadata: { ...manifest.metadata, name } };
}

/** Every canvas action as a form control too, so the whole flow works from the keyboard. */
export function PodActions() {
  const t = useT();
  const id = useId();
  const dispatch = useSim((s) => s.dispatch);
  const selectPod = useSim((s) => s.selectPod);
  const podNames = useSim(useShallow((s) => s.frame.pods.map((p) => p.metadata?.name ?? '')));
  const selected = useSim((s) => s.frame.pods.find((p) => p.metadata?.name === s.selectedPod));
  const [presetId, setPresetId] = useState(PRESETS[0]!.id);
  const container = useSim((s) => s.selectedContainer) ?? '';
  const setContainer = useSim((s) => s.selectContainer);
  // The text as typed: a field that rewrote each keystroke could not be cleared to type a new code.
  const [exitText, setExitText] = useState('1');
  const exitCode = exitStatus(exitText);
  const exitHintId = useId();
  const [grace, setGrace] = useState('default');

  const podName = selected?.metadata?.name ?? '';
  const containers = [...(selected?.spec?.initContainers ?? []), ...(selected?.spec?.containers ?? [])].map(
    (c) => c.name,
  );
  const target = containers.includes(container) ? container : (containers.at(-1) ?? '');
  const defaultGrace = selected?.spec?.terminationGracePeriodSeconds ?? 30;

  const create = () => {
    const preset = PRESETS.find((p) => p.id === presetId) ?? PRESETS[0]!;
    const name = freeName(preset.manifest.metadata?.name ?? preset.id, podNames);
    if (dispatch({ type: 'createPod', manifest: withName(preset.manifest, name) })) selectPod(name);
  };

  // With no Pod selected `podName` is '', so the picker shows its "—" placeholder.
  const podPicker = <Picker kind="pod" value={podName} options={podNames} onChange={selectPod} />;

  return (
    <section className="pod-actions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-heading">
        {t('actions.title')}
      </h2>
      <div className="action-row">
        <label className="inline-field">
          <span>{t('actions.preset')}</span>
          <select value={presetId} onChange={(e) => setPresetId(e.target.value)} data-testid="preset-select">
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {t(p.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="tool-button" onClick={create} data-testid="create-pod">
          {t('actions.create')}
        </button>
      </div>
      {!selected ? (
        // The selected Pod is gone (deleted, replaced by its ReplicaSet): say so, and offer the others.
        <div className="action-row">
          <p className="text-muted">{t('actions.noPod')}</p>
          {podNames.length > 0 && podPicker}
        </div>
      ) : (
        <>
          <div className="action-row">
            {podPicker}
            <Picker kind="container" value={target} options={containers} onChange={setContainer} />
          </div>
          <div className="action-row">
            <button
              type="button"
              className="tool-button danger"
              data-testid="action-kill"
              onClick={() => dispatch({ type: 'killContainer', pod: podName, container: target })}
            >
              {t('actions.kill')}
            </button>
            <label className="inline-field">
              <span>{t('actions.exitCode')}</span>
              <input
                type="number"
                min={0}
                max={255}
                value={exitText}
                onChange={(e) => setExitText(e.target.value)}
                aria-describedby={String(exitCode) === exitText ? undefined : exitHintId}
                className="exit-code"
                data-testid="exit-code"
              />
            </label>
            {String(exitCode) !== exitText && (
              <span id={exitHintId} className="text-muted" data-testid="exit-code-effective">
                {t(
                  Number(exitText) > 255 || Number(exitText) < 0
                    ? 'actions.exitCodeEffective'
                    : 'actions.exitCodeAs',
                  {
                    code: exitCode,
                  },
                )}
              </span>
            )}
            <button
              type="button"
              className="tool-button"
              data-testid="action-exit"
              onClick={() => dispatch({ type: 'exitContainer', pod: podName, container: target, exitCode })}
            >
              {t('actions.exit')}
            </button>
          </div>
          <div className="action-row">
            <button
              type="button"
              className="tool-button danger"
              data-testid="action-kill-pause"
              onClick={() => dispatch({ type: 'killSandbox', pod: podName })}
            >
              {t('actions.killPause')}
            </button>
            <label className="inline-field">
              <span>{t('actions.grace')}</span>
              <select value={grace} onChange={(e) => setGrace(e.target.value)} data-testid="grace-select">
                <option value="default">{t('actions.graceDefault', { seconds: defaultGrace })}</option>
                <option value="5">{t('actions.graceSeconds', { seconds: 5 })}</option>
                <option value="0">{t('actions.graceNow')}</option>
              </select>
            </label>
            <button
              type="button"
              className="tool-button danger"
              data-testid="action-delete"
              onClick={() =>
                dispatch({
                  type: 'deletePod',
                  pod: podName,
                  ...(grace === 'default' ? {} : { gracePeriodSeconds: Number(grace) }),
                })
              }
            >
              {t('actions.delete')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * A labelled select of Pod or container names (label `actions.<kind>`, test id `<kind>-select`); an empty
 * value shows a "—" placeholder that cannot be chosen back.
 */
function Picker(props: {
  kind: 'pod' | 'container';
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <label className="inline-field">
      <span>{t(`actions.${props.kind}`)}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={`${props.kind}-select`}
      >
        {props.value === '' && (
          <option value="" disabled>
            —
          </option>
        )}
        {props.options.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The status a process gets from `exit <n>`: the kernel keeps the low 8 bits (999 → 231, -1 → 255); an empty
 * or unreadable field is 0.
 */
export function exitStatus(text: string): number {
  const n = Math.trunc(Number(text));
  return Number.isFinite(n) ? ((n % 256) + 256) % 256 : 0;
}
