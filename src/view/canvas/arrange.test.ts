import { describe, expect, it } from 'vitest';
import { arrange, PROJECTED_COMPACT_BELOW } from './arrange';

/** The canvas frame beside the side panel at 1280×720 and at 1920×1080 (guessFrameSize). */
const laptop = { width: 872, height: 416, fit: true };
const fullHd = { width: 1384, height: 824, fit: true };

describe('arrange', () => {
  it('keeps the frame’s orientation for one Pod (the prerendered first frame’s)', () => {
    const { layouts } = arrange('0/2/1', 'landscape', fullHd);
    expect(layouts[0]!.busY).toBeDefined(); // the volume beside the layers
  });

  it('turns several Pods to the orientation that draws them larger', () => {
    // web (two containers and a volume) beside batch: the volume beside web made the row too wide.
    const { layouts, columns } = arrange('0/2/1 0/1/0', 'landscape', fullHd);
    expect(columns).toBe(2);
    expect(layouts.every((l) => l.busY === undefined && !l.compact)).toBe(true);
    // A frame that scrolls (a phone) is never turned: its width alone decides.
    const phone = arrange('0/2/1 0/1/0', 'landscape', { ...fullHd, fit: false });
    expect(phone.layouts[0]!.busY).toBeDefined();
  });

  it('draws two one-container Pods in full on a laptop, three two-container ones compact', () => {
    expect(arrange('0/1/0 0/1/0', 'landscape', laptop).layouts.some((l) => l.compact)).toBe(false);
    const three = arrange('0/2/1 0/2/1 0/2/1', 'landscape', laptop);
    expect(three.layouts.every((l) => l.compact)).toBe(true);
    expect(three.columns).toBe(3);
  });

  it('puts compact Pods side by side when the Node is wide enough for them anyway', () => {
    // Presenter mode with a lesson at 1024×768: stacked, they left the Node's right half empty.
    const { layouts, columns } = arrange(
      '0/2/1 0/1/0',
      'portrait',
      { width: 590, height: 650, fit: true },
      0.6,
    );
    expect(layouts.every((l) => l.compact)).toBe(true);
    expect(columns).toBe(2);
  });

  it('goes compact sooner in presenter mode', () => {
    // Two Pods of two containers each with a volume: ~0.55 on a laptop, readable on a screen, not on a wall.
    const shapes = '0/2/1 0/2/1';
    expect(arrange(shapes, 'landscape', laptop).layouts.some((l) => l.compact)).toBe(false);
    const projected = arrange(shapes, 'landscape', laptop, PROJECTED_COMPACT_BELOW);
    expect(projected.layouts.every((l) => l.compact)).toBe(true);
  });
});

describe('arrange, once the Pods are drawn full', () => {
  it('keeps them full when the frame gets a little shorter (the presenter strip wraps), not a lot', () => {
    const compactAt = (height: number, wasFull = false) =>
      arrange(
        '0/2/1 0/2/1',
        'landscape',
        { width: 1000, height, fit: true },
        PROJECTED_COMPACT_BELOW,
        wasFull,
      ).layouts.some((l) => l.compact);
    // The height below which these Pods turn compact in a 1000-wide presenter frame.
    let edge = 1000;
    while (edge > 200 && !compactAt(edge - 1)) edge -= 1;
    expect(edge).toBeGreaterThan(200);
    expect(compactAt(edge - 34)).toBe(true); // a line shorter, first arranged: compact
    expect(compactAt(edge - 34, true)).toBe(false); // drawn full before: stays full
    expect(compactAt(Math.round(edge * 0.85), true)).toBe(true); // much shorter: compact after all
  });
});
