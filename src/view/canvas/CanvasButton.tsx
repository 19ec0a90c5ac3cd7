/**
 * A real HTML <button> placed in the SVG through <foreignObject>: keyboard focus, Enter/Space and an
 * accessible name come from the browser instead of being re-implemented on an SVG <g>.
 */
export function CanvasButton(props: {
  x: number;
  y: number;
  label: string;
  testId: string;
  onActivate: () => void;
  text?: string;
  width?: number;
  variant?: 'danger' | 'neutral';
}) {
  const width = props.width ?? 26;
  return (
    <foreignObject x={props.x} y={props.y} width={width} height={26}>
      <button
        type="button"
        className={`canvas-button ${props.variant ?? 'danger'}`}
        style={{ width }}
        aria-label={props.label}
        title={props.label}
        data-testid={props.testId}
        onClick={props.onActivate}
      >
        {props.text ?? '✕'}
      </button>
    </foreignObject>
  );
}
