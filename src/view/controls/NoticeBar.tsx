import { useSim, useT } from '../stores';

/** A refused action says why (the engine's message, with the field path), until dismissed. */
export function NoticeBar() {
  const t = useT();
  const notice = useSim((s) => s.notice);
  const dismiss = useSim((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role="alert" data-testid="notice">
      <span>{notice.kind === 'error' ? t('notice.error', { message: notice.message }) : notice.message}</span>
      <button type="button" className="tool-button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
