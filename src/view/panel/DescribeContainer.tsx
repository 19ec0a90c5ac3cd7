import type { Container, ContainerState, ContainerStatus } from 'kubernetes-types/core/v1';
import { useT } from '../stores';
import { Field, Fields } from './Fields';
import { describePorts, rfc1123z, shortId } from './kubectlFormat';
import './panelMessages';

/** kubectl `describeStatus`: the state name, then its details one level deeper. */
function StateFields({ label, state }: { label: string; state: ContainerState | undefined }) {
  if (state?.running) {
    return (
      <>
        <Field name={label}>Running</Field>
        <Field name="Started" indent={1}>
          {rfc1123z(state.running.startedAt)}
        </Field>
      </>
    );
  }
  const terminated = state?.terminated;
  if (terminated) {
    return (
      <>
        <Field name={label}>Terminated</Field>
        {terminated.reason && (
          <Field name="Reason" indent={1}>
            {terminated.reason}
          </Field>
        )}
        {terminated.message && (
          <Field name="Message" indent={1}>
            {terminated.message}
          </Field>
        )}
        <Field name="Exit Code" indent={1}>
          {terminated.exitCode}
        </Field>
        {terminated.signal ? (
          <Field name="Signal" indent={1}>
            {terminated.signal}
          </Field>
        ) : null}
        <Field name="Started" indent={1}>
          {rfc1123z(terminated.startedAt)}
        </Field>
        <Field name="Finished" indent={1}>
          {rfc1123z(terminated.finishedAt)}
        </Field>
      </>
    );
  }
  return (
    <>
      <Field name={label}>Waiting</Field>
      {state?.waiting?.reason && (
        <Field name="Reason" indent={1}>
          {state.waiting.reason}
        </Field>
      )}
    </>
  );
}

/**
 * One container of `kubectl describe pod` (`describeContainers`): id, image, ports, then — once the kubelet has
 * reported a status — State, Last State, Ready and Restart Count.
 */
export function DescribeContainer({
  container,
  status,
  sidecar,
}: {
  container: Container;
  status: ContainerStatus | undefined;
  sidecar: boolean;
}) {
  const t = useT();
  const ports = describePorts(container);
  return (
    <div
      className="flex flex-col gap-1 border-l-2 border-[color:var(--border)] pl-3"
      data-container={container.name}
    >
      <h3 className="m-0 font-mono text-sm font-semibold [overflow-wrap:anywhere]">
        {container.name}:
        {sidecar && (
          <span className="ml-2 font-sans font-normal text-[color:var(--muted)]">
            {t('panel.describe.sidecar')}
          </span>
        )}
      </h3>
      <Fields>
        {status && (
          <Field name="Container ID">
            <span title={status.containerID}>{shortId(status.containerID) || '<none>'}</span>
          </Field>
        )}
        <Field name="Image">{container.image ?? ''}</Field>
        <Field name={ports.includes(',') ? 'Ports' : 'Port'}>{ports || '<none>'}</Field>
        {status && (
          <>
            <StateFields label="State" state={status.state} />
            {status.lastState?.terminated && <StateFields label="Last State" state={status.lastState} />}
            <Field name="Ready">{status.ready ? 'True' : 'False'}</Field>
            <Field name="Restart Count">{status.restartCount}</Field>
          </>
        )}
      </Fields>
    </div>
  );
}
