import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';

/**
 * SVG text neither wraps nor ellipsizes: a line longer than its box ("Terminated: Completed (exit 0)" on a
 * card, or any line in a wider font) would run over its neighbours. This condenses such a line to `width`
 * with `textLength`, and leaves shorter ones alone (never stretched). The natural length is measured once per
 * text and width, after layout and before paint, because glyph widths depend on the reader's fonts.
 */
export function useCondensedToFit(text: string, width: number, font = '') {
  return useShortenedToFit(text, width, 0, font).props;
}

/**
 * Natural lengths already measured, by font and text: the same lines recur on many cards ("Running ↻0"), and a
 * measurement is a forced layout plus a second render. The font is the caller's text class and the canvas's
 * weight (presenter mode draws it bold).
 */
const naturalLengths = new Map<string, number>();

/** Presenter mode's bolder canvas text measures differently: PodCanvas says which font the lines are in. */
export const CanvasFontContext = createContext('');

function fitFor(text: string, width: number, minScale: number, natural: number) {
  if (natural <= width) return { shown: text };
  if (natural * minScale <= width) return { shown: text, length: width };
  // Characters are about natural / length wide: keep as many as fit condensed to minScale, then '…'.
  const keep = Math.max(1, Math.floor((text.length * width) / (natural * minScale)) - 1);
  return { shown: `${text.slice(0, keep)}…`, length: width };
}

/**
 * useCondensedToFit for text that may be far too long (a Pod name can have 253 characters): condensed to no
 * less than `minScale` of its width, and beyond that cut, with an ellipsis. `shown` is what to render;
 * `cut` tells the caller to offer the whole text another way (a <title>). `font` names the text's CSS class,
 * so its measurements can be reused.
 */
export function useShortenedToFit(text: string, width: number, minScale = 0.75, font = '') {
  const ref = useRef<SVGTextElement>(null);
  const key = `${useContext(CanvasFontContext)}|${font}|${text}`;
  const known = font ? naturalLengths.get(key) : undefined;
  const [fit, setFit] = useState<{ text: string; width: number; shown: string; length?: number }>({
    text: '',
    width: 0,
    shown: '',
  });
  const measured = known !== undefined || (fit.text === text && fit.width === width);
  useLayoutEffect(() => {
    if (measured) return;
    const element = ref.current;
    // No layout engine (jsdom, the build-time prerender) measures nothing, and the text stays as it is.
    const natural =
      typeof element?.getComputedTextLength === 'function' ? element.getComputedTextLength() : 0;
    if (font && natural > 0) {
      if (naturalLengths.size > 4000) naturalLengths.clear();
      naturalLengths.set(key, natural);
    }
    setFit({ text, width, ...fitFor(text, width, minScale, natural) });
  }, [measured, text, width, minScale, font, key]);
  const result =
    known !== undefined
      ? fitFor(text, width, minScale, known)
      : measured
        ? fit
        : { shown: text, length: undefined };
  return {
    shown: result.shown,
    cut: result.shown !== text,
    props: {
      ref,
      ...(result.length !== undefined
        ? { textLength: result.length, lengthAdjust: 'spacingAndGlyphs' as const }
        : {}),
    },
  };
}
