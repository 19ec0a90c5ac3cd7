import type { Pod } from 'kubernetes-types/core/v1';
import { useId, type ReactNode } from 'react';
import { isSidecar } from '../../sim/phase';
import { useSim, useT } from '../stores';
import { DescribeContainer } from './DescribeContainer';
import { Field, Fields } from './Fields';
import { labelLines, rfc1123z } from './kubectlFormat';
import { PodNamespaces } from './PodNamespaces';
import { cell, headCell, ScrollTable } from './ScrollTable';
import './panelMessages';

function Collapsible({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details open className="group flex flex-col gap-2">
      <summary className="cursor-pointer py-1 text-sm font-semibold">{summary}</summary>
      <div className="flex flex-col gap-3 pt-1">{children}</div>
    </details>
  );
}

/** The Pod-level lines of `kubectl describe pod` (`describePod`), in kubectl's order. */
function PodFields({ pod }: { pod: Pod }) {
  const meta = pod.metadata ?? {};
  const status = pod.status ?? {};
  const labels = labelLines(pod);
  const node = pod.spec?.nodeName ? `${pod.spec.nodeName}/${status.hostIP ?? ''}` : '<none>';
  const owner = meta.ownerReferences?.find((o) => o.controller !== false);
  const ips = status.podIPs ?? (status.podIP ? [{ ip: status.podIP }] : []);
  return (
    <Fields testId="describe-fields">
      <Field name="Name">{meta.name}</Field>
      <Field name="Namespace">{meta.namespace ?? 'default'}</Field>
      <Field name="Node">{node}</Field>
      {status.startTime && <Field name="Start Time">{rfc1123z(status.startTime)}</Field>}
      <Field name="Labels">
        {labels.length === 0
          ? '<none>'
          : labels.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
      </Field>
      {/* kubectl prints "Terminating" instead of the phase once deletionTimestamp is set. */}
      <Field name="Status">{meta.deletionTimestamp ? 'Terminating' : (status.phase ?? 'Pending')}</Field>
      {meta.deletionTimestamp && meta.deletionGracePeriodSeconds !== undefined && (
        <Field name="Termination Grace Period">{`${meta.deletionGracePeriodSeconds}s`}</Field>
      )}
      {status.reason && <Field name="Reason">{status.reason}</Field>}
      {status.message && <Field name="Message">{status.message}</Field>}
      <Field name="IP">{status.podIP ?? ''}</Field>
      <Field name="IPs">{ips.length === 0 ? '<none>' : ''}</Field>
      {ips.map((ip) => (
        <Field key={ip.ip} name="IP" indent={1}>
          {ip.ip}
        </Field>
      ))}
      {owner && <Field name="Controlled By">{`${owner.kind}/${owner.name}`}</Field>}
    </Fields>
  );
}

function Conditions({ pod }: { pod: Pod }) {
  const t = useT();
  const conditions = pod.status?.conditions ?? [];
  return (
    <ScrollTable caption={t('panel.describe.conditions')} testId="conditions">
      <thead>
        <tr>
          <th scope="col" className={headCell}>
            Type
          </th>
          <th scope="col" className={headCell}>
            Status
          </th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.type} data-condition={c.type}>
            <td className={cell}>{c.type}</td>
            <td className={cell}>{c.status}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** `kubectl describe pod` of the selected Pod, plus the namespace ids that describe does not show. */
export function DescribePod() {
  const t = useT();
  const headingId = useId();
  const selected = useSim((s) => s.selectedPod);
  const frame = useSim((s) => s.frame);
  const pod = frame.pods.find((p) => p.metadata?.name === selected);
  const name = pod?.metadata?.name ?? '';
  const statusOf = (list: NonNullable<Pod['status']>['containerStatuses'], container: string) =>
    list?.find((s) => s.name === container);
  const inits = pod?.spec?.initContainers ?? [];
  const containers = pod?.spec?.containers ?? [];

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-testid="describe-pod">
      <h2 id={headingId} className="text-base font-semibold [overflow-wrap:anywhere]">
        {pod ? t('panel.describe.heading', { name }) : t('panel.describe.title')}
      </h2>
      {!pod && <p className="text-sm text-[color:var(--muted)]">{t('panel.describe.none')}</p>}
      {pod && (
        <>
          <p className="font-mono text-sm text-[color:var(--muted)] [overflow-wrap:anywhere]">
            $ kubectl describe pod {name}
          </p>
          <PodFields pod={pod} />
          {inits.length > 0 && (
            <Collapsible summary={t('panel.describe.initContainers', { count: inits.length })}>
              {inits.map((c) => (
                <DescribeContainer
                  key={c.name}
                  container={c}
                  status={statusOf(pod.status?.initContainerStatuses, c.name)}
                  sidecar={isSidecar(c)}
                />
              ))}
            </Collapsible>
          )}
          <Collapsible summary={t('panel.describe.containers', { count: containers.length })}>
            {containers.map((c) => (
              <DescribeContainer
                key={c.name}
                container={c}
                status={statusOf(pod.status?.containerStatuses, c.name)}
                sidecar={false}
              />
            ))}
          </Collapsible>
          <Conditions pod={pod} />
          <Collapsible summary={t('panel.ns.heading')}>
            <PodNamespaces pod={pod} frame={frame} />
          </Collapsible>
        </>
      )}
    </section>
  );
}
