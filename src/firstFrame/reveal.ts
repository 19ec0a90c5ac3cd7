import { bootMessages } from '../i18n/boot';
import type { Lang } from '../i18n/lang';
import { THEMES } from '../store/initialPreferences';
import { applyDocumentPreferences, resolveTheme } from '../view/shell/documentPreferences';
import type { FirstFrameChoice } from './choose';
import { variantName } from './variants';
import { orientationOf } from '../view/canvas/frameGuess';
import type { Orientation } from '../view/canvas/layout';

/**
 * Before the first paint: puts the language and theme on <html>, and shows the prerendered first frame the
 * app is about to render, if there is one. Returns whether one is showing.
 */
export function revealFirstFrame(doc: Document, choice: FirstFrameChoice, systemDark: boolean): boolean {
  applyDocumentPreferences(choice.lang, resolveTheme(choice.theme, systemDark), doc.documentElement);
  if (!choice.prerendered) return false;
  const frame = showVariant(doc, choice, choice.orientation);
  if (!frame) return false; // the dev server's index.html has none
  // The window only guessed the drawing frame's size (the header and legend wrap with the width and the
  // language). Where the drawing fits the frame (wide screens), measure it as the app will; if the app is
  // going to draw the other orientation, show that copy instead of one it would jump away from.
  const measured = measuredOrientation(frame);
  if (measured && measured !== choice.orientation) {
    frame.hidden = true;
    showVariant(doc, choice, measured);
  }
  return true;
}

/** Styles and shows the copy for this language and orientation; null if the page has none. */
function showVariant(doc: Document, choice: FirstFrameChoice, orientation: Orientation): HTMLElement | null {
  const name = variantName(choice.lang, orientation);
  const frame = [...doc.querySelectorAll<HTMLElement>('[data-first-frame]')].find(
    (element) => element.dataset.firstFrame === name,
  );
  if (!frame) return null;
  for (const element of frame.querySelectorAll<HTMLElement | SVGElement>('[data-style]')) {
    applyStyle(element, element.dataset.style ?? '');
  }
  // Prerendered with the theme switch on "system": show the reader's own choice.
  for (const radio of frame.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    if ((THEMES as readonly string[]).includes(radio.value)) radio.checked = radio.value === choice.theme;
  }
  frame.hidden = false;
  return frame;
}

/**
 * The orientation the app will draw in this shown frame's drawing area, as PodCanvas decides it from the
 * measured size; null where the area scrolls instead (phones), whose height follows the drawing itself.
 */
function measuredOrientation(frame: HTMLElement): Orientation | null {
  const area = frame.querySelector<HTMLElement>('.canvas-frame');
  if (!area || getComputedStyle(area).containerType !== 'size') return null;
  return orientationOf({ width: area.clientWidth, height: area.clientHeight, fit: true });
}

/** `left:2%;--pod-w:738` → the element's style, through the CSSOM (the CSP refuses style attributes). */
export function applyStyle(element: HTMLElement | SVGElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0)
      element.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
}

/**
 * The app's scripts failed to load or start (offline, a broken deploy): say so on the page, in the reader's
 * language, rather than leave a first frame that looks alive but does nothing.
 */
export function showStartupError(doc: Document, lang: Lang, error: unknown): void {
  const alert = doc.createElement('p');
  alert.className = 'startup-error';
  alert.setAttribute('role', 'alert');
  const reason = error instanceof Error ? error.message : String(error);
  alert.textContent = bootMessages[lang].startFailed.replace('{error}', reason.slice(0, 200));
  doc.body.prepend(alert);
}
