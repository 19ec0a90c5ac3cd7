import { useRef, useState } from 'react';
import { errorText, TextError, type Text } from '../../i18n/text';
import { useStores, useT } from '../stores';

const MAX_IMPORT_BYTES = 2_000_000;

/** Copy link, export / import the state as JSON, and export the picture (SVG, PNG). */
export function ShareTools() {
  const t = useT();
  const { simulation, preferences } = useStores();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fallbackLink, setFallbackLink] = useState('');
  const notify = (kind: 'info' | 'warning', message: Text) => simulation.getState().showNotice(kind, message);

  const copyLink = async () => {
    const { shareUrl, copiedLinkNotice } = await import('./sharedState');
    const link = await shareUrl(location.href, simulation.getState(), preferences.getState());
    const { kind, text } = copiedLinkNotice(link);
    try {
      await navigator.clipboard.writeText(link);
      setFallbackLink('');
      notify(kind, text);
    } catch {
      // Clipboard refused (permissions, sandboxed frame): show the link to copy by hand.
      setFallbackLink(link);
      if (kind === 'warning') notify(kind, text);
    }
  };

  const exportJson = async () => {
    const [{ sharedStateToJson }, { currentSharedState }, { download }] = await Promise.all([
      import('../../embed/shareState'),
      import('./sharedState'),
      import('./exportPicture'),
    ]);
    const json = sharedStateToJson(currentSharedState(simulation.getState()));
    download('podscope-state.json', new Blob([json], { type: 'application/json' }));
    notify('info', { key: 'share.exported' });
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    try {
      const [{ sharedStateFromJson }, { resolveScenario }] = await Promise.all([
        import('../../embed/shareState'),
        import('../../embed/scenarios'),
      ]);
      if (file.size > MAX_IMPORT_BYTES)
        throw new TextError({ key: 'share.tooLarge', params: { size: file.size } });
      const state = sharedStateFromJson(await file.text());
      const scenario = await resolveScenario(state.scenario, state.seed);
      if (!scenario) throw new TextError({ key: 'state.unknownScenario', params: { id: state.scenario } });
      // The session it replaces, put back as it was if an action in the file is refused on replay.
      const { scenario: before, log, now } = simulation.getState();
      simulation.getState().load(scenario, state.log, state.at);
      const refused = simulation.getState().notice;
      if (refused) {
        simulation.getState().load(before, log, now);
        throw new TextError(refused.message);
      }
      notify('info', { key: 'share.imported', params: { actions: state.log.length } });
    } catch (error) {
      notify('warning', { key: 'share.importFailed', params: { message: errorText(error) } });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const exportPicture = async (format: 'svg' | 'png') => {
    const canvas = document.querySelector<HTMLElement>('.pod-canvas');
    if (!canvas) return;
    // Export code loads on first use: it is not needed to see the Pod.
    const { download, standaloneSvg, svgToPng } = await import('./exportPicture');
    const picture = standaloneSvg(canvas);
    try {
      if (format === 'svg') download('podscope.svg', new Blob([picture.text], { type: 'image/svg+xml' }));
      else download('podscope.png', await svgToPng(picture.text, picture.width, picture.height));
      notify('info', { key: 'share.pictureSaved', params: { format: format.toUpperCase() } });
    } catch (error) {
      notify('warning', { key: 'share.pictureFailed', params: { message: errorText(error) } });
    }
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
