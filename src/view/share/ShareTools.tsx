import { useRef, useState } from 'react';
import { isLoadFailure } from '../shell/Loadable';
import { useStores, useT } from '../stores';

/** Copy link, export / import the state as JSON, and export the picture (SVG, PNG). */
export function ShareTools() {
  const t = useT();
  const stores = useStores();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fallbackLink, setFallbackLink] = useState('');

  const ctx = { stores, setFallbackLink };
  // The actions load on the first click: none of them is needed to see the Pod. Each reports its own
  // failures; what is left is a chunk that did not load (offline).
  const run = (action: (actions: typeof import('./shareActions')) => Promise<void>) =>
    import('./shareActions').then(action).catch((error: unknown) => {
      console.error(error);
      stores.simulation
        .getState()
        .showNotice('warning', isLoadFailure(error) ? { key: 'load.action' } : String(error));
    });
  const copyLink = () => run((a) => a.copyLink(ctx));
  const exportJson = () => run((a) => a.exportJson(ctx));
  const exportPicture = (format: 'svg' | 'png') => run((a) => a.exportPicture(ctx, format));
  const importJson = async (file: File | undefined) => {
    if (!file) return;
    await run((a) => a.importJson(ctx, file));
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="share-tools" role="group" aria-label={t('share.label')}>
      <button type="button" className="tool-button" onClick={() => void copyLink()} data-testid="copy-link">
        {t('share.copyLink')}
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void exportJson()}
        data-testid="export-json"
      >
        {t('share.exportJson')}
      </button>
      <label className="tool-button file-button">
        {t('share.importJson')}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          data-testid="import-json"
          onChange={(e) => void importJson(e.target.files?.[0])}
        />
      </label>
      <button
        type="button"
        className="tool-button"
        onClick={() => void exportPicture('svg')}
        data-testid="export-svg"
      >
        SVG
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void exportPicture('png')}
        data-testid="export-png"
      >
        PNG
      </button>
      {fallbackLink && (
        <label className="fallback-link">
          {t('share.copyByHand')}
          <input readOnly value={fallbackLink} onFocus={(e) => e.target.select()} data-testid="share-link" />
        </label>
      )}
    </div>
  );
}
