import { renderToString } from 'react-dom/server';
import { AppRoot } from '../AppRoot';
import { startFromUrl } from '../embed/startup';
import { LANGS, loadLanguage } from '../i18n';
import { FIRST_FRAME_VIEWPORTS, ORIENTATIONS, variantName } from './variants';

/**
 * Build time only (scripts/prerenderFirstFrame.ts, in Node): the app's first render of the default page in
 * each language and orientation, as the hidden, inert copies index.html carries. The startup script shows
 * the matching one while the app's scripts load; the app replaces it when it mounts.
 */
export async function renderFirstFrames(): Promise<string> {
  const frames: string[] = [];
  for (const lang of LANGS) {
    await loadLanguage(lang);
    for (const orientation of ORIENTATIONS) {
      const startup = await startFromUrl('', [lang]);
      const html = renderToString(
        <AppRoot startup={startup} firstViewport={FIRST_FRAME_VIEWPORTS[orientation]} />,
      );
      frames.push(
        `<div class="first-frame" data-first-frame="${variantName(lang, orientation)}" hidden inert aria-hidden="true">${asFirstFrameMarkup(html)}</div>`,
      );
    }
  }
  return frames.join('');
}

/**
 * Makes the app's markup fit to be a copy in index.html:
 * - ids, test ids, label targets and radio group names belong to the live app: four copies of them would
 *   collide with one another (radios sharing a name uncheck each other) and with the app while it mounts;
 * - style attributes in markup are refused by the Content-Security-Policy (`style-src 'self'`), so they
 *   travel as `data-style` and the startup script applies them through the CSSOM, which the policy allows;
 * - nothing hydrates these copies, so React's empty marker of a Suspense boundary is dropped.
 */
export function asFirstFrameMarkup(html: string): string {
  return html
    .replace(/ (?:id|name|for|data-testid|aria-labelledby|aria-describedby|aria-controls)="[^"]*"/g, '')
    .replace(/ style="/g, ' data-style="')
    .replace(/<template[^>]*><\/template>/g, ''); // React's marker for a Suspense boundary left to the client
}
