import { cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { EnteringG, FirstRenderScope } from './entering';

afterEach(cleanup);

function Canvas({ sandboxes }: { sandboxes: string[] }) {
  return (
    <svg>
      <FirstRenderScope>
        {sandboxes.map((id) => (
          <EnteringG key={id} className="pause-body" data-id={id} />
        ))}
      </FirstRenderScope>
    </svg>
  );
}

function classesById(root: ParentNode): Record<string, string | null> {
  const classes: Record<string, string | null> = {};
  for (const g of root.querySelectorAll('g[data-id]'))
    classes[g.getAttribute('data-id') ?? ''] = g.getAttribute('class');
  return classes;
}

describe('EnteringG', () => {
  it('marks what the canvas first rendered as already there, and lets what comes later enter', () => {
    const { container, rerender } = render(<Canvas sandboxes={['a']} />);
    expect(classesById(container)).toEqual({ a: 'pause-body entered' });

    rerender(<Canvas sandboxes={['a', 'b']} />);
    expect(classesById(container)).toEqual({ a: 'pause-body entered', b: 'pause-body' });

    // A new identity (a new sandbox) mounts anew and enters, even where an old one stood.
    rerender(<Canvas sandboxes={['c']} />);
    expect(classesById(container)).toEqual({ c: 'pause-body' });
  });

  it('marks everything in the prerendered first frame as already there', () => {
    const html = renderToString(<Canvas sandboxes={['a', 'b']} />);
    expect(classesById(new DOMParser().parseFromString(html, 'text/html'))).toEqual({
      a: 'pause-body entered',
      b: 'pause-body entered',
    });
  });

  it('animates entries outside a canvas scope (nothing to be already there)', () => {
    const { container } = render(
      <svg>
        <EnteringG className="ns-chip" data-id="x" />
      </svg>,
    );
    expect(classesById(container)).toEqual({ x: 'ns-chip' });
  });
});
