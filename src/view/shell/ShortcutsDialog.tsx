import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../stores';
import { SHORTCUTS } from './shortcuts';
import './shortcutsDialog.css';
import './dialogMessages';

/** Keys the app handles itself (App.tsx appKeys), listed after the simulation's shortcuts. */
const APP_KEYS: readonly { keys: string[]; label: MessageKey }[] = [
  { keys: ['f'], label: 'shortcut.presenter' },
  { keys: ['l'], label: 'shortcut.language' },
  { keys: ['PageDown', 'PageUp', '→', '←'], label: 'shortcut.lessonStep' },
  { keys: ['?'], label: 'shortcut.help' },
];

/** The `?` overlay: a native modal <dialog> (focus trap, Esc to close and inert background come free). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const keyName = (key: string) => (key === ' ' ? t('shortcut.space') : key);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcut.title')}</h2>
      <table>
        <tbody>
          {[...SHORTCUTS, ...APP_KEYS].map((shortcut) => (
            <tr key={shortcut.label}>
              <td>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{keyName(key)}</kbd>
                ))}
              </td>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-muted">{t('shortcut.note')}</p>
      <button type="button" className="tool-button" onClick={onClose} autoFocus>
        {t('shortcut.close')}
      </button>
    </dialog>
  );
}
