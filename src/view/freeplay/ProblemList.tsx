import type { MessageKey } from '../../i18n';
import type { ManifestIssue } from '../../terminal';
import { useT, type Translate } from '../stores';
import './messages';

/** The UI's own sentence for a refusal or a non-Pod kind (the English detail is shown beside it). */
function summary(issue: ManifestIssue, t: Translate, kind: string): string | undefined {
  if (issue.kind === 'kind') return t('freeplay.problems.notPod', { kind });
  if (issue.kind === 'documents') return t('freeplay.problems.documents', { count: issue.documents ?? 2 });
  if (issue.kind === 'unknownField') return t('freeplay.problems.unknownField');
  const limit = issue.limit;
  if (!limit) return undefined;
  return t(`freeplay.problems.${limit.limit}` as MessageKey, { value: limit.value, max: limit.max });
}

export interface ProblemListProps {
  issues: readonly ManifestIssue[];
  /** The manifest's `kind`, for the "not a Pod" sentence. */
  kind: string;
  onGoTo: (offset: number) => void;
}

/**
 * Every problem of the last check, errors first: severity as a word (not only a colour), the position as a
 * button that moves the editor's cursor there, then the message as kubectl / the validator words it.
 */
export function ProblemList({ issues, kind, onGoTo }: ProblemListProps) {
  const t = useT();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) {
    return (
      <p className="fp-ok" data-testid="problems-none">
        {t('freeplay.problems.none')}
      </p>
    );
  }
  return (
    <div data-testid="problems">
      <p className="fp-count">
        {t('freeplay.problems.count', { errors: errors.length, warnings: warnings.length })}
      </p>
      <ul className="fp-problems">
        {[...errors, ...warnings].map((issue, i) => {
          const text = summary(issue, t, kind);
          return (
            <li
              key={`${issue.message}-${i}`}
              className={`fp-problem ${issue.severity}`}
              data-kind={issue.kind}
            >
              <span className="fp-severity">
                {t(issue.severity === 'error' ? 'freeplay.problems.error' : 'freeplay.problems.warning')}
              </span>{' '}
              {issue.line !== undefined && issue.col !== undefined ? (
                <button
                  type="button"
                  className="fp-goto"
                  title={t('freeplay.problems.goTo', { line: issue.line, col: issue.col })}
                  onClick={() => onGoTo(issue.from ?? 0)}
                >
                  {t('freeplay.problems.at', { line: issue.line, col: issue.col })}
                </button>
              ) : (
                <span className="fp-where">{t('freeplay.problems.whole')}</span>
              )}
              {text && <span className="fp-summary">{text}</span>}
              <code className="fp-message">{issue.message}</code>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
