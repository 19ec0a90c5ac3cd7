import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

interface Size {
  width: number;
  height: number;
  fit: boolean;
}

/**
 * The element's content-box size, kept current with a ResizeObserver (`guess()`, else 0×0, before the
 * first layout), and whether the stylesheet makes it a size container (`fit`: its content scales to fit
 * it, no scrolling).
 *
 * The observer runs after layout and before paint; the re-render it causes is flushed right there, so the
 * first frame already shows the drawing at its measured size (a render queued for later let one frame
 * paint it at 0×0 and then jump: a layout shift).
 */
export function useElementSize(ref: RefObject<Element | null>, guess?: () => Size): Size {
  const [size, setSize] = useState<Size>(() => guess?.() ?? { width: 0, height: 0, fit: false });
  // Observed from the commit itself (a passive effect could run after the first paint).
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const fit = getComputedStyle(element).containerType === 'size';
      flushSync(() =>
        setSize((old) =>
          old.width === width && old.height === height && old.fit === fit ? old : { width, height, fit },
        ),
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
