import { describe, expect, it } from 'vitest';
import { CRICTL_TABLE, KUBECTL_DESCRIBE, KUBECTL_TABLE, table, tabwrite } from './tabwriter';

describe('tabwriter (Go text/tabwriter)', () => {
  it('pads each column to its widest cell + padding, at least minwidth, and leaves the last column alone', () => {
    // kubectl's documented `kubectl get pods` output (tabwriter minwidth 6, padding 3).
    expect(
      table(
        [
          ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
          ['nginx', '1/1', 'Running', '0', '10s'],
        ],
        KUBECTL_TABLE,
      ),
    ).toBe(
      ['NAME    READY   STATUS    RESTARTS   AGE', 'nginx   1/1     Running   0          10s'].join('\n'),
    );
  });

  it('aligns blocks of consecutive lines separately, as kubectl describe relies on', () => {
    const text = ['Name:\tweb', 'Namespace:\tdefault', 'IPs:', '  IP:\t10.244.1.2', 'Containers:'].join('\n');
    expect(tabwrite(text, KUBECTL_DESCRIBE)).toBe(
      ['Name:       web', 'Namespace:  default', 'IPs:', '  IP:  10.244.1.2', 'Containers:'].join('\n'),
    );
  });

  it('pads an empty first cell (a continuation line) to the column', () => {
    expect(tabwrite('Tolerations:\ta\n\tb', KUBECTL_DESCRIBE)).toBe('Tolerations:  a\n              b');
  });

  it('uses crictl’s minimum width of 20', () => {
    expect(
      table(
        [
          ['POD ID', 'NAME'],
          ['abc', 'web'],
        ],
        CRICTL_TABLE,
      ),
    ).toBe(`${'POD ID'.padEnd(20)}NAME\n${'abc'.padEnd(20)}web`);
  });

  it('counts code points, so CJK or emoji names do not break alignment more than Go does', () => {
    expect(tabwrite('é\tx\nab\ty', { minwidth: 0, padding: 1 })).toBe('é  x\nab y');
  });
});
