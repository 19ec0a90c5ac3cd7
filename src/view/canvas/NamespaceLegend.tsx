import { NAMESPACE_KINDS, type NamespaceKind } from '../../sim/types';
import { useSim, useT } from '../stores';
import { NAMESPACE_STYLES } from './namespaceStyle';

/**
 * The seven namespace kinds as toggle buttons: choosing one highlights exactly the containers that share
 * it and dims the rest; the caption says what sharing it means.
 */
export function NamespaceLegend() {
  const t = useT();
  const highlighted = useSim((s) => s.highlightedNamespace);
  const highlight = useSim((s) => s.highlightNamespace);
  const scopeLabel = (kind: NamespaceKind) => {
    const scope = NAMESPACE_STYLES[kind].scope;
    return scope === 'pod'
      ? t('ns.legend.shared')
      : scope === 'host'
        ? t('ns.legend.host')
        : t('ns.legend.own');
  };
  return (
    <section className="ns-legend" aria-labelledby="ns-legend-title">
      <h2 id="ns-legend-title" className="ns-legend-title">
        {t('ns.legend.label')}
      </h2>
      <div className="ns-legend-buttons">
        {NAMESPACE_KINDS.map((kind) => {
          const style = NAMESPACE_STYLES[kind];
          const pressed = highlighted === kind;
          return (
            <button
              key={kind}
              type="button"
              className={`ns-button scope-${style.scope}`}
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
      </div>
      <p className="ns-caption" aria-live="polite" data-testid="ns-caption">
        {highlighted ? t(NAMESPACE_STYLES[highlighted].caption) : ''}
      </p>
    </section>
  );
}
