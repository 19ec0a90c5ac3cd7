/**
 * Pure geometry for the canvas (pod-local coordinates, SVG user units). React draws; this only computes.
 * A Pod: header, then three nested shared-namespace layers (net ⊃ ipc ⊃ uts) owned by the pause
 * container at the centre; init containers in a row above ("before"), app containers and sidecars in
 * two columns beside the pause hexagon; volumes below the layers.
 */
export const CARD_W = 212;
export const CARD_H = 186;
export const INIT_H = 86;
export const PAUSE_R = 54;
const COL_GAP = 36;
const ROW_GAP = 18;
const HEADER_H = 68;
/** Inset of each nested layer, and the band its label sits in. */
export const LAYER_INSET = 13;
export const LAYER_LABEL = 20;
const INNER_PAD = 16;
const VOLUME_GAP = 40;
export const VOLUME_W = 220;
export const VOLUME_H = 62;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PodLayout {
  width: number;
  height: number;
  /** net, ipc, uts from outside in. */
  layers: [Rect, Rect, Rect];
  pause: { cx: number; cy: number; r: number };
  init: Rect[];
  main: Rect[];
  volumes: Rect[];
  /** Landscape: the y of the line under the net layer along which mount links run to the volumes. */
  busY?: number;
  /** The small drawing used when many Pods share the screen: no inode chips or layer labels. */
  compact?: boolean;
  /** net, ipc, uts once the sandbox is dead: shrunk onto the pause hexagon, clear of the cards. */
  collapsed: [Rect, Rect, Rect];
}

/** A layout before its collapsed layers are derived from it. */
type DrawnLayout = Omit<PodLayout, 'collapsed'>;

/** Alternate left, right, left…: the pause container stays in the middle whatever the count. */
function column(index: number): 'left' | 'right' {
  return index % 2 === 0 ? 'left' : 'right';
}

export type Orientation = 'landscape' | 'portrait';

/** Landscape puts volumes to the right of the layers (wide screens); portrait puts them below (phones). */
export function layoutPod(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation = 'portrait',
  compact = false,
): PodLayout {
  // Pure in its inputs: cache, so memoised Pod boxes receive the same layout object every frame.
  const key = `${counts.init}/${counts.main}/${counts.volumes}/${orientation}/${compact}`;
  let layout = layoutCache.get(key);
  if (!layout) {
    const drawn = compact ? compactLayout(counts) : computeLayout(counts, orientation);
    layoutCache.set(key, (layout = { ...drawn, collapsed: collapsedLayers(drawn) }));
  }
  return layout;
}

/**
 * Where the layers shrink to when the sandbox dies: boxes 12, 7 and 2 units around the hexagon, each
 * narrowed (or shortened) to stay 3 units clear of the cards beside it and of the caption under it. In the compact drawing the cards
 * stand 4 units from the hexagon's box, and full-size squares ran over them.
 */
function collapsedLayers(layout: DrawnLayout): [Rect, Rect, Rect] {
  const { cx, cy, r } = layout.pause;
  const full = r + 12;
  const cards = [...layout.init, ...layout.main];
  // Narrow first (the hexagon is narrower than it is tall), then shorten for a card still in the way.
  let roomX = full;
  for (const card of cards) {
    const dx = Math.max(card.x - cx, cx - (card.x + card.w));
    if (dx > 0 && card.y < cy + full && card.y + card.h > cy - full) roomX = Math.min(roomX, dx - 3);
  }
  let roomY = full;
  for (const card of cards) {
    const dy = Math.max(card.y - cy, cy - (card.y + card.h));
    if (dy > 0 && card.x < cx + roomX + 3 && card.x + card.w > cx - roomX - 3)
      roomY = Math.min(roomY, dy - 3);
  }
  return [0, 1, 2].map((depth) => {
    const halfW = Math.min(full, roomX) - depth * (roomX < full ? 2 : 5);
    const halfH = Math.min(full, roomY) - depth * (roomY < full ? 2 : 5);
    // The full drawing's caption ("holds net · ipc · uts") sits under the hexagon: stop above it.
    const below = layout.compact ? halfH : Math.min(halfH, r + 5 - depth * 2);
    return { x: cx - halfW, y: cy - halfH, w: 2 * halfW, h: halfH + below };
  }) as [Rect, Rect, Rect];
}

// 114: the hexagon between two cards keeps room for a dead sandbox's three rings around it.
export const MINI_W = 114;
export const MINI_H = 44;

/**
 * The compact Pod (semantic zoom, when a full Pod would be drawn too small to read): name, status and IP
 * on top; the pause hexagon in the middle of the net layer, app containers as small cards either side of
 * it, init containers in a row above them, volumes as small boxes below.
 */
function compactLayout(counts: { init: number; main: number; volumes: number }): DrawnLayout {
  const width = 340;
  const top = 70;
  const inset = 5;
  const initRowH = counts.init > 0 ? 36 + 10 : 0;
  const rows = Math.max(1, Math.ceil(counts.main / 2));
  const mainH = Math.max(rows * MINI_H + (rows - 1) * 10, 96);
  const contentTop = top + 3 * inset + 10;
  const layerH = 3 * inset * 2 + 20 + initRowH + mainH;
  const layers: [Rect, Rect, Rect] = [0, 1, 2].map((i) => ({
    x: 10 + i * inset,
    y: top + i * inset,
    w: width - 20 - 2 * i * inset,
    h: layerH - 2 * i * inset,
  })) as [Rect, Rect, Rect];
  const left = 24;
  const initW = Math.min(MINI_W, (width - 2 * left - (counts.init - 1) * 8) / Math.max(1, counts.init));
  const init = Array.from({ length: counts.init }, (_, i) => ({
    x: left + i * (initW + 8),
    y: contentTop,
    w: initW,
    h: 36,
  }));
  const mainTop = contentTop + initRowH;
  const main = Array.from({ length: counts.main }, (_, i) => ({
    x: column(i) === 'left' ? left : width - left - MINI_W,
    y: mainTop + Math.floor(i / 2) * (MINI_H + 10),
    w: MINI_W,
    h: MINI_H,
  }));
  const pause = { cx: width / 2, cy: mainTop + mainH / 2 - 14, r: 24 };
  const volumesTop = top + layerH + 12;
  const volumeW = Math.min(140, (width - 2 * left - (counts.volumes - 1) * 8) / Math.max(1, counts.volumes));
  const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
    x: left + i * (volumeW + 8),
    y: volumesTop,
    w: volumeW,
    h: 30,
  }));
  const height = (counts.volumes > 0 ? volumesTop + 30 : top + layerH) + 12;
  return { width, height, layers, pause, init, main, volumes, compact: true };
}

const layoutCache = new Map<string, PodLayout>();

function computeLayout(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation,
): DrawnLayout {
  const rows = Math.max(1, Math.ceil(counts.main / 2));
  // One app container (and at most one init container) has no card for the right column: leaving that column
  // out makes the Pod a third narrower, so two of them side by side are drawn a third larger.
  // (Portrait: two volumes in a row below need the full width.)
  const narrow = counts.main <= 1 && counts.init <= 1 && (orientation === 'landscape' || counts.volumes <= 1);
  const innerW = narrow ? CARD_W + COL_GAP + PAUSE_R * 2 + 24 : CARD_W * 2 + COL_GAP * 2 + PAUSE_R * 2 + 24;
  const initRowH = counts.init > 0 ? INIT_H + ROW_GAP + 18 : 0;
  // Room under the hexagon for its caption and its kill button.
  const mainH = Math.max(rows * CARD_H + (rows - 1) * ROW_GAP, PAUSE_R * 2 + 84);
  const innerH = initRowH + mainH;

  const layerPad = LAYER_INSET + LAYER_LABEL;
  const netX = INNER_PAD;
  const netY = HEADER_H;
  const netW = innerW + 3 * LAYER_INSET * 2;
  // Each layer has a label band on top and an inset at the bottom.
  const netH = innerH + 3 * layerPad + 3 * LAYER_INSET;
  const layers: [Rect, Rect, Rect] = [
    { x: netX, y: netY, w: netW, h: netH },
    {
      x: netX + LAYER_INSET,
      y: netY + layerPad,
      w: netW - 2 * LAYER_INSET,
      h: netH - layerPad - LAYER_INSET,
    },
    {
      x: netX + 2 * LAYER_INSET,
      y: netY + 2 * layerPad,
      w: netW - 4 * LAYER_INSET,
      h: netH - 2 * layerPad - 2 * LAYER_INSET,
    },
  ];
  const content = { x: netX + 3 * LAYER_INSET, y: netY + 3 * layerPad, w: innerW, h: innerH };

  const initW = Math.min(CARD_W, (content.w - (counts.init - 1) * 40) / Math.max(1, counts.init));
  const init = Array.from({ length: counts.init }, (_, i) => ({
    x: content.x + i * (initW + 40),
    y: content.y + 18,
    w: initW,
    h: INIT_H,
  }));

  const mainTop = content.y + initRowH;
  // Narrow: the hexagon sits beside the one card, in the middle of the room the card leaves.
  const cx = narrow ? content.x + CARD_W + (content.w - CARD_W) / 2 : content.x + content.w / 2;
  const main = Array.from({ length: counts.main }, (_, i) => {
    const row = Math.floor(i / 2);
    const x = column(i) === 'left' ? content.x : content.x + content.w - CARD_W;
    return { x, y: mainTop + row * (CARD_H + ROW_GAP), w: CARD_W, h: CARD_H };
  });
  const pause = { cx, cy: mainTop + mainH / 2 - 22, r: PAUSE_R };

  if (orientation === 'landscape' && counts.volumes > 0) {
    const volumesX = netX + netW + VOLUME_GAP;
    const stackH = counts.volumes * VOLUME_H + (counts.volumes - 1) * 24;
    const top = netY + netH / 2 - stackH / 2;
    const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
      x: volumesX,
      y: top + i * (VOLUME_H + 24),
      w: VOLUME_W,
      h: VOLUME_H,
    }));
    const busY = netY + netH + 14;
    return {
      width: volumesX + VOLUME_W + INNER_PAD,
      height: busY + INNER_PAD,
      layers,
      pause,
      init,
      main,
      volumes,
      busY,
    };
  }
  const volumesTop = netY + netH + VOLUME_GAP;
  const volumesW = counts.volumes * VOLUME_W + (counts.volumes - 1) * 32;
  const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
    x: cx - volumesW / 2 + i * (VOLUME_W + 32),
    y: volumesTop,
    w: VOLUME_W,
    h: VOLUME_H,
  }));
  const height = (counts.volumes > 0 ? volumesTop + VOLUME_H : netY + netH) + INNER_PAD;
  return { width: netW + 2 * INNER_PAD, height, layers, pause, init, main, volumes };
}
