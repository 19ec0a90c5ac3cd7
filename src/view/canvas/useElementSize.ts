import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

interface Size {
  width: number;
  height: number;
  fit: boolean;
}

/** The content box now (border box minus borders and padding), and whether the element is a size container. */
function measure(element: Element): Size {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  const horizontal =
    px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth);
  const vertical =
    px(style.paddingTop) + px(style.paddingBottom) + px(style.borderTopWidth) + px(style.borderBottomWidth);
  return {
    width: Math.max(0, rect.width - horizontal),
    height: Math.max(0, rect.height - vertical),
    fit: style.containerType === 'size',
  };
}

const same = (a: Size, b: Size) => a.width === b.width && a.height === b.height && a.fit === b.fit;

/**
 * The element's content-box size, kept current with a ResizeObserver, and whether the stylesheet makes it
 * a size container (`fit`: its content scales to fit it, no scrolling). Measured once before the first
 * paint too, so the drawing does not appear at a guessed size and then jump (a layout shift).
 */
export function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0, fit: false });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const now = measure(element);
    setSize((old) => (same(old, now) ? old : now));
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const next = { width, height, fit: getComputedStyle(element).containerType === 'size' };
      setSize((old) => (same(old, next) ? old : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
