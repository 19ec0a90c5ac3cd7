import { lazy, useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { NAMESPACE_KINDS, type NamespaceKind } from '../../sim/types';
import { useExplanations } from '../controls/explanations';
import { useSim, useT } from '../stores';
import { Loadable } from '../shell/Loadable';
import { useShallow } from 'zustand/react/shallow';
import { legendScope, NAMESPACE_STYLES } from './namespaceStyle';

const SCOPE_LABEL = {
  pod: 'ns.legend.shared',
  host: 'ns.legend.host',
  container: 'ns.legend.own',
  mixed: 'ns.legend.mixed',
} as const;

// The table view is a text alternative few people open: it loads on demand, off the first page.
const NamespaceMatrix = lazy(() => import('./NamespaceMatrix').then((m) => ({ default: m.NamespaceMatrix })));

/**
 * The seven namespace kinds as toggle buttons: choosing one highlights exactly the containers that share
 * it and dims the rest; the caption says what sharing it means. "Table view" shows the same facts as a table
 * (containers × namespace kinds with their inode ids) for screen readers and for reading the ids.
 */
export function NamespaceLegend() {
  const t = useT();
  const highlighted = useSim((s) => s.highlightedNamespace);
  const highlight = useSim((s) => s.highlightNamespace);
  const explained = useExplanations(highlighted !== null);
  const [tableOpen, setTableOpen] = useState(false);
  const buttonsRef = useRef<HTMLDivElement>(null);
  // A kind chosen from elsewhere (the URL's ns=, the n key) may sit past the edge of a one-row legend.
  useEffect(() => {
    if (highlighted) revealPressed(buttonsRef.current);
  }, [highlighted]);
  const tableId = useId();
  // The Pods' own switches (shareProcessNamespace, hostNetwork…) change a kind's scope: say what is drawn.
  const specs = useSim(useShallow((s) => s.podViews.map((pod) => pod.spec)));
  const scopeLabel = (kind: NamespaceKind) => t(SCOPE_LABEL[legendScope(kind, specs)]);
  return (
    <section className="ns-legend" aria-labelledby="ns-legend-title">
      <h2 id="ns-legend-title" className="ns-legend-title">
        {t('ns.legend.label')}
      </h2>
      <div className="ns-legend-buttons" ref={buttonsRef} onFocus={revealWhole}>
        {NAMESPACE_KINDS.map((kind) => {
          const style = NAMESPACE_STYLES[kind];
          const pressed = highlighted === kind;
          return (
            <button
              key={kind}
              type="button"
              className="ns-button"
              aria-pressed={pressed}
              data-testid={`ns-${kind}`}
              onClick={() => highlight(pressed ? null : kind)}
            >
              <svg width="22" height="12" aria-hidden="true">
                <line
                  x1="1"
                  y1="6"
                  x2="21"
                  y2="6"
                  stroke={style.color}
                  strokeWidth="3"
                  strokeDasharray={style.dash || undefined}
                />
              </svg>
              {t(style.name)} <span className="ns-scope">· {scopeLabel(kind)}</span>
            </button>
          );
        })}
        {highlighted && (
          <button type="button" className="ns-button clear" onClick={() => highlight(null)}>
            {t('ns.legend.clear')}
          </button>
        )}
        {/* In the buttons' row, not on a line of its own under them: the drawing keeps that line. */}
        <button
          type="button"
          className="ns-button"
          aria-pressed={tableOpen}
          aria-controls={tableId}
          data-testid="ns-table-toggle"
          onClick={() => setTableOpen((open) => !open)}
        >
          {t('ns.table.toggle')}
        </button>
      </div>
      <p className="ns-caption" aria-live="polite" data-testid="ns-caption">
        {highlighted && explained ? t(NAMESPACE_STYLES[highlighted].caption) : ''}
      </p>
      <div id={tableId} hidden={!tableOpen} className="max-w-full min-w-full">
        {tableOpen && (
          <Loadable fallback={<p className="m-0 text-sm">…</p>}>
            <NamespaceMatrix />
          </Loadable>
        )}
      </div>
    </section>
  );
}

/**
 * A short embed puts the legend on one scrolling row. Chrome scrolls a focused element into view only when
 * none of it shows, so a button cut by the edge kept its focus ring out of sight: reveal all of it.
 */
function revealWhole(event: FocusEvent) {
  event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Scrolls the legend sideways (it alone: not the page) until its pressed button shows whole. */
function revealPressed(buttons: HTMLElement | null) {
  const legend = buttons?.parentElement;
  const pressed = buttons?.querySelector('[aria-pressed="true"]');
  if (!legend || !pressed || legend.scrollWidth <= legend.clientWidth) return;
  const box = legend.getBoundingClientRect();
  const button = pressed.getBoundingClientRect();
  if (button.right > box.right) legend.scrollLeft += button.right - box.right + 8;
  else if (button.left < box.left) legend.scrollLeft -= box.left - button.left + 8;
}
