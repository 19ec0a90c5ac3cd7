import type { Event, Pod } from 'kubernetes-types/core/v1';
import { useId, useState } from 'react';
import { useSim, useT } from '../stores';
import {
  describeEventAge,
  describeEventMessage,
  eventKey,
  eventObject,
  eventSource,
  lastSeen,
  podEvents,
  sortByLastSeen,
} from './kubectlFormat';
import { cell, headCell, ScrollTable } from './ScrollTable';
import { useVirtualSecond } from './useVirtualSecond';
import './panelMessages';

/** TYPE cell: a Warning carries an icon and the word itself, so it never depends on colour alone. */
function TypeCell({ type }: { type: string | undefined }) {
  if (type !== 'Warning') return <td className={cell}>{type ?? 'Normal'}</td>;
  return (
    <td className={`${cell} font-semibold text-[color:var(--bad)]`}>
      <span aria-hidden="true">⚠ </span>
      {type}
    </td>
  );
}

function Head({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className={headCell}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The Events block of `kubectl describe pod`: repeats read "30s (x4 over 2m)". */
function PodEventsTable({ events, pod, now }: { events: Event[]; pod: Pod; now: number }) {
  const t = useT();
  return (
    <ScrollTable caption={t('panel.events.caption', { name: pod.metadata?.name ?? '' })} testId="pod-events">
      <Head columns={['TYPE', 'REASON', 'AGE', 'FROM', 'MESSAGE']} />
      <tbody>
        {events.map((e, i) => (
          <tr key={eventKey(e, i)} data-type={e.type} data-reason={e.reason}>
            <TypeCell type={e.type} />
            <td className={cell}>{e.reason}</td>
            <td className={cell}>{describeEventAge(e, now)}</td>
            <td className={cell}>{eventSource(e)}</td>
            <td className={cell}>{describeEventMessage(e)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** `kubectl get events`: every object's events, with the object named "pod/web". */
function AllEventsTable({ events, now }: { events: Event[]; now: number }) {
  const t = useT();
  return (
    <ScrollTable caption={t('panel.events.allCaption')} testId="all-events">
      <Head columns={['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']} />
      <tbody>
        {events.map((e, i) => (
          <tr key={eventKey(e, i)} data-type={e.type} data-reason={e.reason}>
            <td className={cell}>{lastSeen(e, now)}</td>
            <TypeCell type={e.type} />
            <td className={cell}>{e.reason}</td>
            <td className={cell}>{eventObject(e)}</td>
            <td className={cell}>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Events of the selected Pod (newest last, like kubectl), or of all Pods with the toggle on. */
export function EventsTable() {
  const t = useT();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const allEvents = useSim((s) => s.frame.events);
  const pods = useSim((s) => s.frame.pods);
  const selected = useSim((s) => s.selectedPod);
  const now = useVirtualSecond();
  const pod = pods.find((p) => p.metadata?.name === selected);
  const events = showAll ? sortByLastSeen(allEvents) : pod ? podEvents(allEvents, pod) : [];

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          {t('panel.events.heading')}
        </h2>
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(e) => setShowAll(e.currentTarget.checked)}
            className="h-4 w-4 accent-[color:var(--accent)]"
          />
          {t('panel.events.showAll')}
        </label>
      </div>
      {events.length === 0 ? (
        <p className="text-sm text-[color:var(--muted)]" data-testid="no-events">
          {t('panel.events.none')}
        </p>
      ) : showAll ? (
        <AllEventsTable events={events} now={now} />
      ) : (
        pod && <PodEventsTable events={events} pod={pod} now={now} />
      )}
    </section>
  );
}
