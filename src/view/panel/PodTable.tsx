import { memo, useId } from 'react';
import { useSim, useT } from '../stores';
import { isFailingStatus, podRow, type PodRow } from './kubectlFormat';
import { cell, headCell, ScrollTable } from './ScrollTable';
import { useVirtualSecond } from './useVirtualSecond';
import './panelMessages';

/** kubectl's own headers: they read the same in every language. */
const COLUMNS = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE'] as const;

/** `kubectl get pods -o wide`: one row per Pod; the NAME button selects the Pod the rest of the panel describes. */
export function PodTable() {
  const t = useT();
  const headingId = useId();
  const pods = useSim((s) => s.frame.pods);
  const now = useVirtualSecond();
  const selected = useSim((s) => s.selectedPod);
  const selectPod = useSim((s) => s.selectPod);
  const rows = pods.map((pod) => podRow(pod, now));
  const widths = columnWidths(rows);

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-1.5">
      <h2 id={headingId} className="text-base font-semibold">
        {t('panel.pods.heading')}
      </h2>
      {rows.length === 0 ? (
        <p className="font-mono text-sm text-[color:var(--muted)]">{t('panel.pods.empty')}</p>
      ) : (
        <>
          <ScrollTable caption={t('panel.pods.caption')} testId="pod-table" columnWidths={widths}>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className={headCell}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <PodTableRow key={row.name} row={row} selected={row.name === selected} onSelect={selectPod} />
              ))}
            </tbody>
          </ScrollTable>
          <p className="text-sm text-[color:var(--muted)]">{t('panel.pods.hint')}</p>
        </>
      )}
    </section>
  );
}

/** Row fields in column order. */
const cells = (row: PodRow) => [row.name, row.ready, row.status, row.restarts, row.age, row.ip, row.node];
/** The NAME cell's marker (▸ for the selected Pod) takes 1.5 characters before the name. */
const NAME_MARKER = 1.5;

/** Each column's widest text (header included), like kubectl's tabwriter. */
function columnWidths(rows: readonly PodRow[]): number[] {
  const widths = COLUMNS.map((column) => column.length);
  for (const row of rows)
    cells(row).forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 0, text.length)));
  widths[0] = (widths[0] ?? 0) + NAME_MARKER;
  return widths;
}

/**
 * One row, memoised on its text: the engine shares unchanged Pods, so with 60 Pods a kill re-renders
 * one row (and a new virtual second only the rows whose AGE text changed).
 */
const PodTableRow = memo(
  function PodTableRow({
    row,
    selected,
    onSelect,
  }: {
    row: PodRow;
    selected: boolean;
    onSelect: (name: string) => void;
  }) {
    return (
      <tr data-pod={row.name} className={selected ? 'bg-[color:var(--surface-2)] font-semibold' : undefined}>
        <td className={cell}>
          <button
            type="button"
            aria-pressed={selected}
            onClick={() => onSelect(row.name)}
            className="-mx-1 cursor-pointer rounded px-1 text-left font-mono underline decoration-dotted underline-offset-4 hover:decoration-solid"
          >
            <span aria-hidden="true" className="inline-block w-[1.5ch]">
              {selected ? '▸' : ''}
            </span>
            {row.name}
          </button>
        </td>
        <td className={cell}>{row.ready}</td>
        <td
          className={`${cell}${isFailingStatus(row.status) ? ' font-semibold text-[color:var(--bad)]' : ''}`}
        >
          {row.status}
        </td>
        <td className={cell}>{row.restarts}</td>
        <td className={cell}>{row.age}</td>
        <td className={cell}>{row.ip}</td>
        <td className={cell}>{row.node}</td>
      </tr>
    );
  },
  (a, b) =>
    a.selected === b.selected && a.onSelect === b.onSelect && JSON.stringify(a.row) === JSON.stringify(b.row),
);
