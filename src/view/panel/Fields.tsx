import type { ReactNode } from 'react';

/**
 * `kubectl describe`'s "Label:  value" lines as a description list: kubectl's own labels on the left, values in
 * monospace on the right, wrapping anywhere so a long image name or date never widens the panel.
 */
export function Fields({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <dl
      className="m-0 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-sm"
      data-testid={testId}
    >
      {children}
    </dl>
  );
}

/** One "Label: value" line; `indent` nests it under the line above (State → Reason, Exit Code…). */
export function Field({
  name,
  indent = 0,
  children,
}: {
  name: string;
  indent?: number;
  children: ReactNode;
}) {
  return (
    <div className="contents" data-field={name}>
      <dt className="text-[color:var(--muted)]" style={{ paddingLeft: `${indent * 1.25}rem` }}>
        {name}:
      </dt>
      <dd className="m-0 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}
