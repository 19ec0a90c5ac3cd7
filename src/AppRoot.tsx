import { StrictMode } from 'react';
import { App } from './App';
import type { Startup } from './embed/startup';
import { FirstViewportContext } from './view/canvas/PodCanvas';
import type { Viewport } from './view/canvas/frameGuess';
import { StoresProvider } from './view/stores';

/**
 * The whole app over its stores: what src/main.tsx mounts, and what the build prerenders as the first
 * frame (with the viewport to arrange the Node for, as there is no window there).
 */
export function AppRoot({ startup, firstViewport }: { startup: Startup; firstViewport?: Viewport }) {
  return (
    <StrictMode>
      <FirstViewportContext value={firstViewport ?? null}>
        <StoresProvider stores={startup.stores}>
          <App launch={startup.params} />
        </StoresProvider>
      </FirstViewportContext>
    </StrictMode>
  );
}
