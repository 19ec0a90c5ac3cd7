import { useId } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../stores';
import { RESTART_POLICIES, SWITCH_FIELDS, type SwitchField } from './specEdits';
import './messages';

export interface SpecSwitchesProps {
  /** `spec` as written in the manifest (absent fields are the API defaults). */
  values: Partial<Record<SwitchField, unknown>>;
  disabled: boolean;
  /** `value` undefined removes the field (back to the default). */
  onChange: (field: SwitchField, value: string | boolean | undefined) => void;
}

/**
 * The namespace switches and restartPolicy, as form controls bound to the manifest text: each names the real
 * field (monospace) and says what it does in the UI language.
 */
export function SpecSwitches({ values, disabled, onChange }: SpecSwitchesProps) {
  const t = useT();
  const id = useId();
  const policy = typeof values.restartPolicy === 'string' ? values.restartPolicy : 'Always';
  return (
    <fieldset
      className="fp-switches"
      disabled={disabled}
      aria-describedby={disabled ? `${id}-off` : undefined}
    >
      <legend>{t('freeplay.switches.legend')}</legend>
      {SWITCH_FIELDS.map((field) => (
        <label key={field} className="fp-switch">
          <input
            type="checkbox"
            checked={values[field] === true}
            onChange={(e) => onChange(field, e.currentTarget.checked ? true : undefined)}
            data-testid={`switch-${field}`}
          />
          <code>{field}</code>
          <span className="text-muted">{t(`freeplay.switches.${field}` as MessageKey)}</span>
        </label>
      ))}
      <label className="fp-switch">
        <input
          type="checkbox"
          checked={values.hostUsers === false}
          onChange={(e) => onChange('hostUsers', e.currentTarget.checked ? false : undefined)}
          data-testid="switch-hostUsers"
        />
        <code>hostUsers: false</code>
        <span className="text-muted">{t('freeplay.switches.hostUsers')}</span>
      </label>
      <label className="fp-switch">
        <code>{t('freeplay.switches.restartPolicy')}</code>
        <select
          value={RESTART_POLICIES.includes(policy as never) ? policy : ''}
          onChange={(e) => onChange('restartPolicy', e.currentTarget.value)}
          data-testid="switch-restartPolicy"
        >
          {!RESTART_POLICIES.includes(policy as never) && <option value="">{policy}</option>}
          {RESTART_POLICIES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      {disabled && (
        <p id={`${id}-off`} className="fp-hint">
          {t('freeplay.switches.disabled')}
        </p>
      )}
    </fieldset>
  );
}
