import { useLayoutEffect, useRef, useState } from 'react';

/**
 * SVG text neither wraps nor ellipsizes: a line longer than its box ("Terminated: Completed (exit 0)" on a
 * card, or any line in a wider font) would run over its neighbours. This condenses such a line to `width`
 * with `textLength`, and leaves shorter ones alone (never stretched). The natural length is measured once per
 * text and width, after layout and before paint, because glyph widths depend on the reader's fonts.
 */
export function useCondensedToFit(text: string, width: number) {
  return useShortenedToFit(text, width, 0).props;
}

/**
 * useCondensedToFit for text that may be far too long (a Pod name can have 253 characters): condensed to no
 * less than `minScale` of its width, and beyond that cut, with an ellipsis. `shown` is what to render;
 * `cut` tells the caller to offer the whole text another way (a <title>).
 */
export function useShortenedToFit(text: string, width: number, minScale = 0.75) {
  const ref = useRef<SVGTextElement>(null);
  const [fit, setFit] = useState<{ text: string; width: number; shown: string; length?: number }>({
    text: '',
    width: 0,
    shown: '',
  });
  const measured = fit.text === text && fit.width === width;
  useLayoutEffect(() => {
    if (measured) return;
    const element = ref.current;
    const natural =
      typeof element?.getComputedTextLength === 'function' ? element.getComputedTextLength() : 0;
    if (natural <= width) setFit({ text, width, shown: text });
    else if (natural * minScale <= width) setFit({ text, width, shown: text, length: width });
    else {
      // Characters are about natural / length wide: keep as many as fit condensed to minScale, then '…'.
      const keep = Math.max(1, Math.floor((text.length * width) / (natural * minScale)) - 1);
      setFit({ text, width, shown: `${text.slice(0, keep)}…`, length: width });
    }
  }, [measured, text, width, minScale]);
  const length = measured ? fit.length : undefined;
  return {
    shown: measured ? fit.shown : text,
    cut: measured && fit.shown !== text,
    props: {
      ref,
      ...(length !== undefined ? { textLength: length, lengthAdjust: 'spacingAndGlyphs' as const } : {}),
    },
  };
}
