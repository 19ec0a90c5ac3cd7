import { describe, expect, it } from 'vitest';
import { LAYER_INSET, layoutPod, type PodLayout, type Rect } from './layout';

const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The hexagon's box, and the caption with the kill button under it (PauseContainer: 80 wide, r + 26…52). */
function pauseAreas(layout: PodLayout): Rect[] {
  const { cx, cy, r } = layout.pause;
  const hexagon = { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r };
  if (layout.compact) return [hexagon, { x: cx - 26, y: cy + r + 6, w: 52, h: 20 }];
  return [hexagon, { x: cx - 70, y: cy + r + 4, w: 140, h: 48 }];
}

function* shapes(): Generator<[number, number, number, 'landscape' | 'portrait', boolean]> {
  for (let init = 0; init <= 4; init++)
    for (let main = 1; main <= 6; main++)
      for (let volumes = 0; volumes <= 3; volumes++)
        for (const orientation of ['landscape', 'portrait'] as const)
          for (const compact of [false, true]) yield [init, main, volumes, orientation, compact];
}

describe('layoutPod', () => {
  it('keeps every card, the pause container and its button inside the innermost layer, apart', () => {
    // Every shape up to 4 init containers, 6 app containers and 3 volumes, in both orientations and drawings.
    for (const [init, main, volumes, orientation, compact] of shapes()) {
      const c = { init, main, volumes };
      const layout = layoutPod(c, orientation, compact);
      const what = JSON.stringify({ ...c, orientation, compact });
      const [net, ipc, uts] = layout.layers;
      expect(inside(ipc, net) && inside(uts, ipc), what).toBe(true);
      const cards = [...layout.init, ...layout.main];
      expect(cards, what).toHaveLength(c.init + c.main);
      for (const card of [...cards, ...pauseAreas(layout)]) expect(inside(card, uts), what).toBe(true);
      for (const [i, a] of cards.entries()) {
        for (const area of pauseAreas(layout)) expect(overlap(a, area), what).toBe(false);
        for (const b of cards.slice(i + 1)) expect(overlap(a, b), what).toBe(false);
      }
      for (const volume of layout.volumes) {
        expect(overlap(volume, net), what).toBe(false);
        expect(volume.x, what).toBeGreaterThanOrEqual(0);
        expect(volume.x + volume.w, what).toBeLessThanOrEqual(layout.width);
        expect(volume.y + volume.h, what).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it("shrinks a dead sandbox's layers onto the hexagon without running over the cards beside it", () => {
    for (const [init, main, volumes, orientation, compact] of shapes()) {
      const layout = layoutPod({ init, main, volumes }, orientation, compact);
      const what = JSON.stringify({ init, main, volumes, orientation, compact });
      const [net, ipc, uts] = layout.collapsed;
      expect(inside(ipc, net) && inside(uts, ipc), what).toBe(true);
      // The innermost still holds the hexagon (a pointy-top hexagon is r·√3 wide and 2r tall).
      const { cx, cy, r } = layout.pause;
      // …with units to spare (2 beside it, 1 above and below), so no ring runs through its corners.
      const hexagon = { x: cx - r * 0.87 - 2, y: cy - r - 1, w: r * 1.74 + 4, h: 2 * r + 2 };
      expect(inside(hexagon, uts), what).toBe(true);
      // Clear of the full drawing's caption under the hexagon (baseline r + 18, 12 units tall).
      if (!compact) expect(net.y + net.h, what).toBeLessThanOrEqual(cy + r + 6);
      for (const card of [...layout.init, ...layout.main]) {
        const clearance = { x: card.x - 2, y: card.y - 2, w: card.w + 4, h: card.h + 4 };
        expect(overlap(net, clearance), what).toBe(false);
      }
    }
  });

  it('draws a one-container Pod without the empty second column, so two fit side by side larger', () => {
    for (const orientation of ['landscape', 'portrait'] as const) {
      const one = layoutPod({ init: 0, main: 1, volumes: 0 }, orientation);
      const two = layoutPod({ init: 0, main: 2, volumes: 0 }, orientation);
      expect(one.height).toBe(two.height);
      // The card and the column gap it no longer needs: 212 + 36.
      expect(two.width - one.width).toBe(248);
      // The hexagon sits in the middle of the room beside the card.
      const card = one.main[0]!;
      const uts = one.layers[2];
      expect(one.pause.cx - (card.x + card.w)).toBeCloseTo(uts.x + uts.w - LAYER_INSET - one.pause.cx, 0);
    }
    // Several init containers need the full width for their row.
    const inits = layoutPod({ init: 2, main: 1, volumes: 0 });
    expect(inits.width).toBe(layoutPod({ init: 2, main: 2, volumes: 0 }).width);
  });
});
