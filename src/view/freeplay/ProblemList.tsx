import type { MessageKey } from '../../i18n';
import type { ManifestIssue } from '../../terminal';
import { useT, type Translate } from '../stores';
import './messages';

/** Kinds that hold a Pod template, and where: their Pod can be tried by copying it into a Pod. */
const TEMPLATE_PATH: Readonly<Record<string, string>> = {
  Deployment: 'spec.template',
  ReplicaSet: 'spec.template',
  ReplicationController: 'spec.template',
  StatefulSet: 'spec.template',
  DaemonSet: 'spec.template',
  Job: 'spec.template',
  CronJob: 'spec.jobTemplate.spec.template',
};

/**
 * The UI's own sentence for a problem, in the reader's language. What the tools print (the YAML parser, the
 * API server's validation, kubectl) is shown verbatim under it, as on a real cluster; PodScope's own
 * English for a kind that is not a Pod is not, since this sentence says all of it.
 */
function summary(issue: ManifestIssue, t: Translate): string | undefined {
  if (issue.kind === 'kind') {
    const kind = issue.manifestKind ?? '';
    const path = Object.hasOwn(TEMPLATE_PATH, kind) ? TEMPLATE_PATH[kind] : undefined;
    return path
      ? t('freeplay.problems.notPodTemplate', { kind, path })
      : t('freeplay.problems.notPod', { kind });
  }
  if (issue.kind === 'documents') return t('freeplay.problems.documents', { count: issue.documents ?? 2 });
  if (issue.kind === 'unknownField') return t('freeplay.problems.unknownField');
  if (issue.kind === 'serverWarning') return t('freeplay.problems.serverWarning');
  if (issue.kind === 'admission') return t('freeplay.problems.admission');
  if (issue.kind === 'notSimulated') {
    const field = issue.field ?? '';
    return t(field.endsWith('.lifecycle') ? 'freeplay.problems.hook' : 'freeplay.problems.probe', { field });
  }
  if (issue.kind === 'syntax') return t('freeplay.problems.syntax');
  if (issue.kind === 'field')
    return t(issue.field ? 'freeplay.problems.field' : 'freeplay.problems.document');
  const limit = issue.limit;
  if (!limit) return undefined;
  return t(`freeplay.problems.${limit.limit}` as MessageKey, { value: limit.value, max: limit.max });
}

/** Problems in the order of the text (line, then column); those about the whole manifest first. */
export function byPosition(issues: readonly ManifestIssue[]): ManifestIssue[] {
  const key = (i: ManifestIssue) => [i.line ?? 0, i.col ?? 0] as const;
  return [...issues].sort((a, b) => {
    const [la, ca] = key(a);
    const [lb, cb] = key(b);
    return la - lb || ca - cb;
  });
}

export interface ProblemListProps {
  issues: readonly ManifestIssue[];
  onGoTo: (offset: number) => void;
}

/**
 * Every problem of the last check, in the order of the text: severity as a word (not only a colour), the
 * position as a button that moves the editor's cursor there, what it means in the reader's language, then
 * the message as the YAML parser / the API server words it.
 */
export function ProblemList({ issues, onGoTo }: ProblemListProps) {
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
        {byPosition(issues).map((issue, i) => {
          const text = summary(issue, t);
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
              {/* PodScope's own sentence says all of it for these; the others quote a tool's message. */}
              {issue.kind !== 'kind' && issue.kind !== 'notSimulated' && (
                <code className="fp-message">{issue.message}</code>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
