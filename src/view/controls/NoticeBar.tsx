import './notice.css';
// Notices about actions (a rewritten timeline) are worded in the action controls' catalogue.
import './actionMessages';
import { textIn } from '../../i18n/text';
import { usePreferences, useSim, useT } from '../stores';

/**
 * One notice until dismissed: a refused action says why (the engine's message, with the field path), bad
 * input from a link or a file says what was wrong and what opened instead, a finished export says so.
 */
export function NoticeBar() {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const notice = useSim((s) => s.notice);
  const dismiss = useSim((s) => s.dismissNotice);
  if (!notice) return null;
  const message = textIn(lang, notice.message);
  return (
    <div className={`notice notice-${notice.kind}`} role="alert" data-testid="notice">
      <span>{notice.kind === 'error' ? t('notice.error', { message }) : message}</span>
      <button type="button" className="tool-button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
