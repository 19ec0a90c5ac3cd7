/**
 * The page's entry script: small, so it runs as soon as the stylesheet is in. It shows the prerendered
 * first frame that matches what the app will render (language, orientation) and starts the app, which
 * replaces the frame with the live page. The browser paints the frame while the app's scripts download.
 */
import './index.css';
import { chooseFirstFrame } from './firstFrame/choose';
import { revealFirstFrame, showStartupError } from './firstFrame/reveal';
import { createSafeStorage } from './store/safeStorage';
import { systemPrefersDark } from './view/shell/documentPreferences';

const choice = chooseFirstFrame({
  search: location.search,
  storage: createSafeStorage(),
  languages: navigator.languages,
  viewport: { width: innerWidth, height: innerHeight },
});
revealFirstFrame(document, choice, systemPrefersDark());
try {
  const { startApp } = await import('./main');
  await startApp();
} catch (error) {
  showStartupError(document, choice.lang, error);
  console.error('PodScope: the app did not start', error);
}
