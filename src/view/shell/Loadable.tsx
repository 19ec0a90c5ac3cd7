import { Component, Suspense, type ReactNode } from 'react';
import { useT } from '../stores';

interface LoadableProps {
  children: ReactNode;
  /** Shown while the part's chunk loads. */
  fallback?: ReactNode;
}

/**
 * A lazily loaded part of the page. If its chunk cannot load (the network dropped, a new deploy replaced it),
 * React would unmount the whole app and leave an empty page; this shows why in the part's place instead,
 * and the rest of PodScope keeps working. The browser remembers a failed module, so only a reload retries.
 */
export class Loadable extends Component<LoadableProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error !== null) return <LoadFailed error={this.state.error} />;
    return <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
  }
}

/** A chunk that did not load: Chromium, Firefox and Safari word a failed module fetch differently, and Vite's
 * preload of a chunk's stylesheet fails first when that is what the network lost. */
export const isLoadFailure = (error: unknown) =>
  error instanceof Error && /dynamically imported module|module script|preload CSS/i.test(error.message);

function LoadFailed({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div className="load-failed" role="alert" data-testid="load-failed">
      <span>{isLoadFailure(error) ? t('load.failed') : t('load.crashed', { error: String(error) })}</span>
      <button type="button" className="tool-button" onClick={() => location.reload()}>
        {t('load.reload')}
      </button>
    </div>
  );
}
