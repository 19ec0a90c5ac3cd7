import type { Pod } from 'kubernetes-types/core/v1';
import { NAMESPACE_KINDS, type NamespaceIds, type NamespaceKind } from '../../sim/types';
import type { SimFrame } from '../../store/frame';
import { podView, type ContainerView } from '../../store/podViews';
import {
  containerRelation,
  isShared,
  pauseRelation,
  RELATION_TEXT,
  type NamespaceRelation,
} from '../namespaceRelations';
import { useT } from '../stores';
import { shortId } from './kubectlFormat';
import { cell, headCell, ScrollTable } from './ScrollTable';
import './panelMessages';

function NamespaceTable({
  caption,
  ids,
  relationOf,
  testId,
}: {
  caption: string;
  ids: NamespaceIds;
  relationOf: (kind: NamespaceKind) => NamespaceRelation;
  testId: string;
}) {
  const t = useT();
  return (
    <ScrollTable caption={caption} testId={testId}>
      <thead>
        <tr>
          <th scope="col" className={headCell}>
            {t('panel.ns.colId')}
          </th>
          <th scope="col" className={headCell}>
            {t('panel.ns.colShared')}
          </th>
        </tr>
      </thead>
      <tbody>
        {NAMESPACE_KINDS.map((kind) => {
          const relation = relationOf(kind);
          const shared = isShared(relation);
          return (
            <tr key={kind} data-ns={kind} data-relation={relation}>
              <th scope="row" className={`${cell} font-normal`}>
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full"
                  style={{ background: `var(--ns-${kind})` }}
                />
                {`${kind}:[${ids[kind]}]`}
              </th>
              <td className={`${cell} font-sans${shared ? ' font-semibold' : ' text-[color:var(--muted)]'}`}>
                {shared && <span aria-hidden="true">⇔ </span>}
                {t(RELATION_TEXT[relation])}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/**
 * The seven namespace inode ids of the pause container and of every container (`ls -l /proc/<pid>/ns`), each
 * marked in words as the Node's, the same as pause (joined through the sandbox) or the container's own.
 */
export function PodNamespaces({ pod, frame }: { pod: Pod; frame: SimFrame }) {
  const t = useT();
  const view = podView(pod, frame);
  const sandbox = view.sandbox;
  const host = frame.nodes.find((n) => n.name === view.node)?.namespaces;
  const containers: ContainerView[] = [...view.initContainers, ...view.mainContainers];
  if (!sandbox) return <p className="text-sm text-[color:var(--muted)]">{t('panel.ns.noSandbox')}</p>;
  const joined = containers.flatMap((c) => (c.namespaces ? [c.namespaces] : []));

  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-[color:var(--muted)]">{t('panel.ns.intro')}</p>
      <NamespaceTable
        testId="ns-pause"
        caption={t('panel.ns.pause', { id: shortId(sandbox.id), state: sandbox.state, pid: sandbox.pid })}
        ids={sandbox.namespaces}
        relationOf={(kind) => pauseRelation(kind, sandbox.namespaces, joined, host)}
      />
      {containers.map((c) => {
        const ids = c.namespaces;
        if (!ids)
          return (
            <p
              key={c.name}
              className="font-mono text-sm text-[color:var(--muted)]"
              data-testid={`ns-container-${c.name}`}
            >
              {t('panel.ns.notCreated', { name: c.name })}
            </p>
          );
        const exited = c.instance?.state === 'CONTAINER_EXITED';
        // An exited instance may belong to a previous sandbox: compare it with the pause it actually joined.
        const pause = frame.sandboxes.find((s) => s.id === c.instance?.sandboxId) ?? sandbox;
        return (
          <NamespaceTable
            key={c.name}
            testId={`ns-container-${c.name}`}
            caption={t(exited ? 'panel.ns.exited' : 'panel.ns.container', { name: c.name })}
            ids={ids}
            relationOf={(kind) =>
              containerRelation(ids[kind], kind, pause.namespaces, host, pause.id !== sandbox.id)
            }
          />
        );
      })}
    </div>
  );
}
