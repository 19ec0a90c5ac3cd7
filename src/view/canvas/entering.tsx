import { createContext, useContext, useLayoutEffect, useRef, useState, type SVGProps } from 'react';

/**
 * Whether the canvas is still in its first render. What is on the canvas when it appears has not "entered":
 * playing the entry animations for it would play them on page load, and again when the live app replaces
 * the prerendered first frame, and would repaint the first frame a dozen times before it is on screen.
 */
const FirstRenderContext = createContext<{ current: boolean }>({ current: false });

/** Wraps the canvas: whatever mounts with it is marked as already there. */
export function FirstRenderScope({ children }: { children: React.ReactNode }) {
  const firstRef = useRef(true);
  // A layout effect runs before any later render is committed; the prerender never runs it.
  useLayoutEffect(() => {
    firstRef.current = false;
  }, []);
  return <FirstRenderContext value={firstRef}>{children}</FirstRenderContext>;
}

/**
 * A <g> whose entry animation (set by its class in the stylesheet) plays only when it appears after the
 * canvas's first render: a new sandbox, a restarted container. Key it by what it shows, so a change mounts
 * a new one.
 */
export function EnteringG({ className, ...rest }: SVGProps<SVGGElement>) {
  const first = useContext(FirstRenderContext);
  const [alreadyThere] = useState(() => first.current);
  return <g {...rest} className={alreadyThere ? `${className ?? ''} entered`.trim() : className} />;
}
