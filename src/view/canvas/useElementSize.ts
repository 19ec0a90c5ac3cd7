import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content-box size, kept current with a ResizeObserver (0×0 before the first layout), and
 * whether the stylesheet makes it a size container (`fit`: its content scales to fit it, no scrolling).
 */
export function useElementSize(ref: RefObject<Element | null>): {
  width: number;
  height: number;
  fit: boolean;
} {
  const [size, setSize] = useState({ width: 0, height: 0, fit: false });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const fit = getComputedStyle(element).containerType === 'size';
      setSize((old) =>
        old.width === width && old.height === height && old.fit === fit ? old : { width, height, fit },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
