import { useLayoutEffect, useRef, useState } from 'react';

/**
 * SVG text neither wraps nor ellipsizes: a line longer than its box ("Terminated: Completed (exit 0)" on a
 * card, or any line in a wider font) would run over its neighbours. This condenses such a line to `width`
 * with `textLength`, and leaves shorter ones alone (never stretched). The natural length is measured once per
 * text and width, after layout and before paint, because glyph widths depend on the reader's fonts.
 */
export function useCondensedToFit(text: string, width: number) {
  const ref = useRef<SVGTextElement>(null);
  const [fit, setFit] = useState<{ text: string; width: number; length?: number }>({ text: '', width: 0 });
  const measured = fit.text === text && fit.width === width;
  useLayoutEffect(() => {
    if (measured) return;
    const element = ref.current;
    // Rendered without textLength (the text is new), so this is the natural length. No layout engine (jsdom,
    // the build-time prerender) measures nothing, and the text stays as it is.
    const natural =
      typeof element?.getComputedTextLength === 'function' ? element.getComputedTextLength() : 0;
    setFit(natural > width ? { text, width, length: width } : { text, width });
  }, [measured, text, width]);
  const length = measured ? fit.length : undefined;
  return {
    ref,
    ...(length !== undefined ? { textLength: length, lengthAdjust: 'spacingAndGlyphs' as const } : {}),
  };
}
