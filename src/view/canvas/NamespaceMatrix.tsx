import { NAMESPACE_KINDS, type NamespaceIds, type NamespaceKind } from '../../sim/types';
import type { ContainerView } from '../../store/podViews';
import {
  containerRelation,
  isShared,
  pauseRelation,
  RELATION_TEXT,
  type NamespaceRelation,
} from '../namespaceRelations';
import { cell, headCell, ScrollTable } from '../panel/ScrollTable';
import { useSim, useT, type Translate } from '../stores';
import '../controls/actionMessages';
import '../controls/explanationMessages';
import '../panel/panelMessages';

/** One row of the matrix: who, what kind in words, and its ids (none before it started). */
interface MatrixRow {
  key: string;
  name: string;
  notes: string[];
  ids: NamespaceIds | undefined;
  relationOf: (kind: NamespaceKind, ids: NamespaceIds) => NamespaceRelation;
}

// Column names and colours are spelled from the kind (`ns.net`, `--ns-net`), the keys NAMESPACE_STYLES holds (a test
// checks): importing that eager module here would split it into a chunk of its own and grow the first load.
const muted = 'text-[color:var(--muted)]';
/**
 * The first column stays in view while the ids scroll sideways (phones). Its edge is an outline: a collapsed-border
 * table paints neither a cell's own border nor its box-shadow where a sticky cell moves.
 */
const stickyColumn = 'sticky left-0 bg-[color:var(--surface)] outline outline-[color:var(--border)]';
/** The legend's highlighted kind: a tinted column, and a marked header for screen readers. */
const highlightCell = 'bg-[color:var(--surface-2)]';

function kindNotes(c: ContainerView, t: Translate): string[] {
  // The canvas card's own words, so the table and the picture name each kind alike.
  const notes =
    c.kind === 'init'
      ? [t('container.init', { n: c.order })]
      : c.kind === 'sidecar'
        ? [t('container.sidecar')]
        : [];
  return c.instance?.state === 'CONTAINER_EXITED' ? [...notes, t('ns.table.exited')] : notes;
}

/**
 * The text alternative to the picture: the selected Pod's namespaces as a table a screen reader can walk, the
 * processes (pause first, then init containers, then app containers and sidecars) × the seven namespace kinds.
 * Each cell is the inode id (`ls -l /proc/<pid>/ns`) and, in words, whether it is the Node's, the pause
 * container's or the container's own — equal ids mean the same namespace.
 */
export function NamespaceMatrix() {
  const t = useT();
  const hasPods = useSim((s) => s.podViews.length > 0);
  const view = useSim((s) => s.podViews.find((v) => v.name === s.selectedPod));
  const nodes = useSim((s) => s.frame.nodes);
  const sandboxes = useSim((s) => s.frame.sandboxes);
  const highlighted = useSim((s) => s.highlightedNamespace);
  const note = (text: string) => <p className={`m-0 text-sm ${muted}`}>{text}</p>;

  if (!view) return note(t(hasPods ? 'actions.noPod' : 'node.empty'));
  const sandbox = view.sandbox;
  if (!sandbox) return note(t('panel.ns.noSandbox'));
  const host = (nodes.find((n) => n.name === view.node) ?? nodes[0])?.namespaces;
  const containers = [...view.initContainers, ...view.mainContainers];
  const joined = containers.flatMap((c) => (c.namespaces ? [c.namespaces] : []));
  const dead = sandbox.state !== 'SANDBOX_READY';

  const rows: MatrixRow[] = [
    {
      key: 'pause',
      name: t('pause.name'),
      // "sandbox #1" stays on one line: the attempt is what changes when pause is killed.
      notes: [
        t('pause.sandbox', { attempt: sandbox.attempt }).replace(' #', '\u00a0#'),
        ...(dead ? [t('pause.dead')] : []),
      ],
      ids: sandbox.namespaces,
      relationOf: (kind) => pauseRelation(kind, sandbox.namespaces, joined, host),
    },
    ...containers.map((c): MatrixRow => {
      // An exited instance may belong to a previous sandbox: compare it with the pause it actually joined.
      const pause = sandboxes.find((s) => s.id === c.instance?.sandboxId) ?? sandbox;
      return {
        key: `container-${c.name}`,
        name: c.name,
        notes: kindNotes(c, t),
        ids: c.namespaces,
        relationOf: (kind, ids) =>
          containerRelation(ids[kind], kind, pause.namespaces, host, pause.id !== sandbox.id),
      };
    }),
  ];

  return (
    <div className="flex flex-col gap-1.5" data-testid="ns-matrix">
      {dead && note(t('narrate.pauseDied', { pod: view.name }))}
      <ScrollTable
        caption={t('ns.table.caption', { pod: view.name })}
        testId="ns-matrix-table"
        // Scrolls inside rather than pushing the picture off a short screen (the canvas area does not scroll).
        className="max-h-[40vh]"
      >
        <thead>
          <tr>
            <th scope="col" className={`${headCell} ${stickyColumn} font-sans`}>
              {t('actions.container')}
            </th>
            {NAMESPACE_KINDS.map((kind) => (
              <th
                key={kind}
                scope="col"
                data-ns={kind}
                aria-current={highlighted === kind ? 'true' : undefined}
                className={`${headCell} font-sans${highlighted === kind ? ` ${highlightCell} underline` : ''}`}
              >
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full"
                  style={{ background: `var(--ns-${kind})` }}
                />
                {t(`ns.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, notes, ids, relationOf }) => (
            <tr key={key} data-container={name} className="border-b border-[color:var(--border)]">
              <th scope="row" className={`${cell} ${stickyColumn} font-semibold`}>
                {name}
                {notes.map((text) => (
                  <span key={text} className={`block font-sans font-normal whitespace-normal ${muted}`}>
                    {text}
                  </span>
                ))}
              </th>
              {ids ? (
                NAMESPACE_KINDS.map((kind) => (
                  <MatrixCell
                    key={kind}
                    kind={kind}
                    id={ids[kind]}
                    relation={relationOf(kind, ids)}
                    highlighted={highlighted === kind}
                    t={t}
                  />
                ))
              ) : (
                <td colSpan={NAMESPACE_KINDS.length} className={`${cell} font-sans ${muted}`}>
                  {t('ns.table.notStarted')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}

function MatrixCell(props: {
  kind: NamespaceKind;
  id: number;
  relation: NamespaceRelation;
  highlighted: boolean;
  t: Translate;
}) {
  const { kind, id, relation, highlighted, t } = props;
  const shared = isShared(relation);
  return (
    <td
      data-ns={kind}
      data-ns-id={id}
      data-relation={relation}
      className={`${cell}${highlighted ? ` ${highlightCell}` : ''}`}
    >
      {id}
      <span className={`block font-sans${shared ? ' font-semibold' : ` ${muted}`}`}>
        {shared && <span aria-hidden="true">⇔ </span>}
        {t(RELATION_TEXT[relation])}
      </span>
    </td>
  );
}
