import type { Lang } from '../i18n/lang';
import type { Orientation } from '../view/canvas/layout';
import type { Viewport } from '../view/canvas/frameGuess';

/**
 * The prerendered first frames in index.html: the default page in each language, with the Node drawn for a
 * wide screen and for a phone. Each is the app's own first render, made at build time
 * (scripts/prerenderFirstFrame.ts); the startup script shows the one the app is about to render.
 */
export const FIRST_FRAME_VIEWPORTS: Record<Orientation, Viewport> = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 412, height: 823 },
};

export const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];

/** The value of a prerendered frame's `data-first-frame` attribute. */
export function variantName(lang: Lang, orientation: Orientation): string {
  return `${lang} ${orientation}`;
}
