import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import '../lazyPanels.css';

/** Class names shared by the panel's kubectl-like tables: monospace, compact, never wrapping a cell. */
export const cell = 'px-2 py-1 text-left align-top whitespace-nowrap';
export const headCell = `${cell} font-semibold text-[color:var(--muted)] border-b border-[color:var(--border)]`;

/**
 * A captioned <table> inside a region that scrolls sideways, so wide kubectl output stays inside the panel on a
 * 360 px screen instead of widening the page. The region is focusable (and named by the caption) so keyboard users
 * can scroll it too.
 */
export function ScrollTable({
  caption,
  testId,
  className = '',
  columnWidths,
  children,
}: {
  caption: ReactNode;
  testId?: string;
  /** Extra classes for the scrolling region (a max height makes it scroll both ways). */
  className?: string;
  /**
   * Each column's widest text in characters (the monospace font makes 1 character = 1ch), as kubectl's
   * tabwriter sizes its columns. Given, the table uses the fixed layout: a changed cell no longer makes the
   * browser measure every cell of a long table again (with 60 Pods that was most of a frame's work).
   */
  columnWidths?: readonly number[];
  children: ReactNode;
}) {
  const captionId = useId();
  const regionRef = useRef<HTMLDivElement>(null);
  const moreRight = useMoreToTheRight(regionRef);
  const padded = (chars: number) => `calc(${chars}ch + 1rem)`;
  const total = columnWidths?.reduce((sum, chars) => sum + chars, 0) ?? 0;
  return (
    <div className="scroll-table">
      <div
        ref={regionRef}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className={`@container max-w-full overflow-x-auto rounded-md border border-[color:var(--border)] bg-[color:var(--surface)] ${className}`}
      >
        <table
          className={`min-w-full border-collapse font-mono text-sm${columnWidths ? ' table-fixed' : ''}`}
          style={columnWidths ? { width: `calc(${total}ch + ${columnWidths.length}rem)` } : undefined}
          data-testid={testId}
        >
          <caption
            id={captionId}
            className="sticky left-0 max-w-[100cqw] px-2 pt-1.5 pb-1 text-left font-sans text-sm text-[color:var(--muted)] caption-top"
          >
            {caption}
          </caption>
          {columnWidths && (
            <colgroup>
              {columnWidths.map((chars, i) => (
                <col key={i} style={{ width: padded(chars) }} />
              ))}
            </colgroup>
          )}
          {children}
        </table>
      </div>
      {/* A cut column (a Pod IP shown as "10.244.1.") read as the whole value: fade the edge that hides more.
          Only the right one: on the left, the sticky caption and row names stay put over the scrolled columns. */}
      {moreRight && <div aria-hidden="true" className="scroll-more" />}
    </div>
  );
}

/** Whether a sideways-scrolling element hides content to its right, kept current as it scrolls or resizes. */
function useMoreToTheRight(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
    element.addEventListener('scroll', update, { passive: true });
    // The region (a narrower panel) or the table (a longer name, a new column width) changing size.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    // The observer's first report (after the next layout) gives the first answer. Read here, the sizes
    // would force the page's layout inside the commit: at startup, a long task of its own (Lighthouse TBT).
    if (!observer) update();
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref]);
  return more;
}
