/**
 * What the header's share buttons do, loaded on the first click (none of it is needed to see the Pod):
 * copy a link to the session, export or import it as JSON, save the picture as SVG or PNG.
 */
import { errorText, TextError, type Text } from '../../i18n/text';
import { lessonMark } from '../../lessons/lessonMark';
import type { AppStores } from '../stores';
import '../shell/dialogMessages';

const MAX_IMPORT_BYTES = 2_000_000;

export interface ShareContext {
  stores: AppStores;
  /** Shows the link to copy by hand ('' hides it) when the clipboard is refused. */
  setFallbackLink: (link: string) => void;
}

const notify = ({ stores }: ShareContext, kind: 'info' | 'warning', message: Text) =>
  stores.simulation.getState().showNotice(kind, message);

export async function copyLink(ctx: ShareContext): Promise<void> {
  const { simulation, preferences } = ctx.stores;
  const { shareUrl, copiedLinkNotice } = await import('./sharedState');
  const link = await shareUrl(
    location.href,
    simulation.getState(),
    preferences.getState(),
    lessonMark(simulation),
  );
  const { kind, text } = copiedLinkNotice(link);
  try {
    await navigator.clipboard.writeText(link);
    ctx.setFallbackLink('');
    notify(ctx, kind, text);
  } catch {
    // Clipboard refused (permissions, sandboxed frame): show the link to copy by hand.
    ctx.setFallbackLink(link);
    if (kind === 'warning') notify(ctx, kind, text);
  }
}

export async function exportJson(ctx: ShareContext): Promise<void> {
  const [{ sharedStateToJson }, { currentSharedState }, { download }] = await Promise.all([
    import('../../embed/shareState'),
    import('./sharedState'),
    import('./exportPicture'),
  ]);
  const json = sharedStateToJson(currentSharedState(ctx.stores.simulation.getState()));
  download('podscope-state.json', new Blob([json], { type: 'application/json' }));
  notify(ctx, 'info', { key: 'share.exported' });
}

export async function importJson(ctx: ShareContext, file: File): Promise<void> {
  const { simulation } = ctx.stores;
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
    const actions = state.log.length;
    notify(ctx, 'info', { key: actions === 1 ? 'share.importedOne' : 'share.imported', params: { actions } });
  } catch (error) {
    notify(ctx, 'warning', { key: 'share.importFailed', params: { message: errorText(error) } });
  }
}

export async function exportPicture(ctx: ShareContext, format: 'svg' | 'png'): Promise<void> {
  const canvas = document.querySelector<HTMLElement>('.pod-canvas');
  if (!canvas) return;
  const { download, standaloneSvg, svgToPng } = await import('./exportPicture');
  const picture = standaloneSvg(canvas);
  try {
    if (format === 'svg') download('podscope.svg', new Blob([picture.text], { type: 'image/svg+xml' }));
    else download('podscope.png', await svgToPng(picture.text, picture.width, picture.height));
    notify(ctx, 'info', { key: 'share.pictureSaved', params: { format: format.toUpperCase() } });
  } catch (error) {
    notify(ctx, 'warning', { key: 'share.pictureFailed', params: { message: errorText(error) } });
  }
}
