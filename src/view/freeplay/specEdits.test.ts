import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { minimalChange } from './minimalChange';
import { readSwitches, setSpecField } from './specEdits';

const TEXT = `# my pod
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  # the app
  containers:
    - name: app
      image: nginx:1.27
`;

const edit = (text: string, field: Parameters<typeof setSpecField>[2], value: string | boolean | undefined) =>
  setSpecField(text, parseDocument(text), field, value);

describe('setSpecField', () => {
  it('inserts a switch as the first line of spec, at its indentation, leaving everything else alone', () => {
    expect(edit(TEXT, 'hostNetwork', true)).toBe(TEXT.replace('spec:\n', 'spec:\n  hostNetwork: true\n'));
  });

  it('changes a value in place and removes a line to go back to the default', () => {
    const on = edit(TEXT, 'restartPolicy', 'Never');
    expect(edit(on, 'restartPolicy', 'OnFailure')).toBe(
      TEXT.replace('spec:\n', 'spec:\n  restartPolicy: OnFailure\n'),
    );
    expect(edit(on, 'restartPolicy', undefined)).toBe(TEXT);
    expect(edit(TEXT, 'hostPID', undefined)).toBe(TEXT);
  });

  it('falls back to the document model for a flow-style spec', () => {
    const flow = 'apiVersion: v1\nkind: Pod\nspec: { containers: [] }\n';
    expect(readSwitches(parseDocument(edit(flow, 'hostIPC', true)).toJS())).toMatchObject({ hostIPC: true });
  });

  it('round-trips through readSwitches', () => {
    const text = edit(edit(TEXT, 'shareProcessNamespace', true), 'hostUsers', false);
    expect(readSwitches(parseDocument(text).toJS())).toMatchObject({
      shareProcessNamespace: true,
      hostUsers: false,
    });
  });
});

describe('minimalChange', () => {
  it('replaces only the part that differs', () => {
    expect(minimalChange('abcXdef', 'abcYYdef')).toEqual({ from: 3, to: 4, insert: 'YY' });
    expect(minimalChange('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
    expect(minimalChange('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
  });
});
