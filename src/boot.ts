/**
 * The page's entry script: small, so it runs as soon as the stylesheet is in. It shows the prerendered
 * first frame that matches what the app will render (language, orientation) and starts the app, which
 * replaces the frame with the live page once the frame is on screen.
 */
import './index.css';
import { chooseFirstFrame } from './firstFrame/choose';
import { firstPaintShown } from './firstFrame/painted';
import { revealFirstFrame, showStartupError } from './firstFrame/reveal';
import { createSafeStorage } from './store/safeStorage';
import { systemPrefersDark } from './view/shell/documentPreferences';

/** Never hold the app back longer than this for the frame's paint (a slow or stalled compositor). */
const FIRST_PAINT_WAIT_MS = 500;

const choice = chooseFirstFrame({
  search: location.search,
  storage: createSafeStorage(),
  languages: navigator.languages,
  viewport: { width: innerWidth, height: innerHeight },
});
const framed = revealFirstFrame(document, choice, systemPrefersDark());
// Fetched and evaluated at once; only its first render waits for the frame's paint (see firstPaintShown).
const app = import('./main');
try {
  const { startApp } = await app;
  if (framed) await firstPaintShown(window, FIRST_PAINT_WAIT_MS);
  await startApp();
} catch (error) {
  showStartupError(document, choice.lang, error);
  console.error('PodScope: the app did not start', error);
}
