import type { CSSProperties } from 'react';

/**
 * A real HTML <button> laid over a Pod's drawing (keyboard focus, Enter/Space and an accessible name come
 * from the browser). It is placed in percentages of the Pod's box and sized in the drawing's units (the
 * stylesheet's --u), so it scales with the picture. It sits beside the <svg>, not inside a
 * <foreignObject>: each of those is its own paint layer, and 300 of them slowed every frame.
 */
export function CanvasButton(props: {
  /** Position and width in the Pod's user units; `pod` is the Pod's size in the same units. */
  x: number;
  y: number;
  width?: number;
  height?: number;
  pod: { width: number; height: number };
  label: string;
  testId: string;
  onActivate: () => void;
  text?: string;
  dimmed?: boolean;
}) {
  const width = props.width ?? 26;
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  const place: CSSProperties = {
    left: percent(props.x, props.pod.width),
    top: percent(props.y, props.pod.height),
    width: percent(width, props.pod.width),
    height: percent(props.height ?? BUTTON_HEIGHT, props.pod.height),
  };
  return (
    <button
      type="button"
      className={`canvas-button${props.dimmed ? ' dimmed' : ''}`}
      style={place}
      aria-label={props.label}
      title={props.label}
      data-testid={props.testId}
      onClick={props.onActivate}
    >
      {props.text ?? '✕'}
    </button>
  );
}

export const BUTTON_HEIGHT = 26;
