import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EventsTable } from './EventsTable';
import { event, pod } from './testing/apiFixtures';
import { frame } from './testing/runtimeFixtures';
import { renderWithStores } from './testing/renderWithStores';

afterEach(cleanup);

function rows(testId: string): string[][] {
  return [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

const events = [
  // Out of order on purpose: the table sorts by last occurrence, newest last.
  event({
    reason: 'BackOff',
    type: 'Warning',
    message: 'Back-off restarting failed container app in pod web_default(uid-web)',
    count: 3,
    first: 20_000,
    last: 50_000,
  }),
  event({
    reason: 'Scheduled',
    from: 'default-scheduler',
    message: 'Successfully assigned default/web to node-1',
    first: 0,
  }),
  event({ reason: 'Started', message: 'Container started', fieldPath: 'spec.containers{app}', first: 2_000 }),
  event({ pod: 'db', reason: 'Killing', message: 'Stopping container postgres', first: 30_000 }),
];

function renderEvents() {
  return renderWithStores(<EventsTable />, {
    frame: frame({ pods: [pod({ name: 'web' }), pod({ name: 'db' })], events }),
    now: 60_000,
    selectedPod: 'web',
  });
}

describe('EventsTable', () => {
  it('lists the selected Pod’s events like kubectl describe, newest last, repeats as "(x3 over 40s)"', () => {
    renderEvents();
    const headers = [...screen.getByTestId('pod-events').querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['TYPE', 'REASON', 'AGE', 'FROM', 'MESSAGE']);
    expect(rows('pod-events')).toEqual([
      ['Normal', 'Scheduled', '60s', 'default-scheduler', 'Successfully assigned default/web to node-1'],
      // kubectl 1.35 names the container before the message (involvedObject.fieldPath).
      ['Normal', 'Started', '58s', 'kubelet', 'spec.containers{app}: Container started'],
      [
        '⚠ Warning',
        'BackOff',
        '10s (x3 over 40s)',
        'kubelet',
        'Back-off restarting failed container app in pod web_default(uid-web)',
      ],
    ]);
  });

  it('marks a Warning with an icon and the word, not colour alone', () => {
    renderEvents();
    const warning = screen.getByTestId('pod-events').querySelector('tr[data-type="Warning"] td');
    expect(warning?.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe('⚠');
    expect(warning?.textContent).toContain('Warning');
  });

  it('shows every Pod’s events like kubectl get events when toggled', () => {
    renderEvents();
    const toggle = screen.getByRole('checkbox', { name: 'Show events of all Pods' });
    fireEvent.click(toggle);
    expect(screen.queryByTestId('pod-events')).toBeNull();
    const headers = [...screen.getByTestId('all-events').querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(rows('all-events').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['60s', 'Scheduled', 'pod/web'],
      ['58s', 'Started', 'pod/web'],
      ['30s', 'Killing', 'pod/db'],
      ['10s', 'BackOff', 'pod/web'],
    ]);
    fireEvent.click(toggle);
    expect(screen.getByTestId('pod-events')).toBeTruthy();
  });

  it('says there are no events for a Pod without any', () => {
    renderWithStores(<EventsTable />, { frame: frame({ pods: [pod({ name: 'quiet' })], events }), now: 0 });
    expect(screen.getByTestId('no-events').textContent).toBe('No events yet.');
  });
});
