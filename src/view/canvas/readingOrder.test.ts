import { describe, expect, it } from 'vitest';
import { layoutPod } from './layout';
import { inReadingOrder } from './readingOrder';

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('inReadingOrder', () => {
  it('reads a line left to right, lines top to bottom', () => {
    const items = [
      { name: 'pause', x: 170, top: 100, bottom: 148 },
      { name: 'sidecar', x: 280, top: 90, bottom: 134 },
      { name: 'app', x: 60, top: 90, bottom: 134 },
      { name: 'init', x: 60, top: 20, bottom: 56 },
      { name: 'third', x: 60, top: 160, bottom: 204 },
    ];
    expect(names(inReadingOrder(items))).toEqual(['init', 'app', 'pause', 'sidecar', 'third']);
  });

  it('puts the pause between the two cards beside it in every drawing of a two-container Pod', () => {
    for (const compact of [false, true])
      for (const orientation of ['landscape', 'portrait'] as const) {
        const layout = layoutPod({ init: 0, main: 2, volumes: 0 }, orientation, compact);
        const { cx, cy, r } = layout.pause;
        const cards = layout.main.map((rect, i) => ({
          name: `c${i}`,
          x: rect.x + rect.w / 2,
          top: rect.y,
          bottom: rect.y + rect.h,
        }));
        const pause = { name: 'pause', x: cx, top: cy - r, bottom: cy + r };
        expect(names(inReadingOrder([pause, ...cards]))).toEqual(['c0', 'pause', 'c1']);
      }
  });
});
