/** Lines of text on a container card, full or compact: fitted to the card, with the state's icon. */
import { useCondensedToFit, useShortenedToFit } from './fitText';

/** The state's shape, so it reads without its colour. */
export function stateIcon(state: string): string {
  switch (state) {
    case 'running':
      return '●';
    case 'crashloop':
      return '↻';
    case 'terminated':
      return '■';
    default:
      return '◌';
  }
}

/** One line of card text, condensed if it would run past the card's edge. */
export function FittedText(props: {
  className: string;
  x: number;
  y: number;
  width: number;
  text: string;
  icon?: string;
}) {
  const fit = useCondensedToFit(`${props.icon ?? ''}${props.text}`, props.width, props.className);
  return (
    <text className={props.className} x={props.x} y={props.y} {...fit}>
      {props.icon !== undefined && <tspan className="state-icon">{props.icon} </tspan>}
      {props.text}
    </text>
  );
}

/**
 * A container's name: condensed a little if it is too long for the card, and beyond that cut with an ellipsis
 * (a name may have 63 characters), whole in its tooltip.
 */
export function CardName(props: { className: string; x: number; y: number; width: number; name: string }) {
  const fit = useShortenedToFit(props.name, props.width, 0.75, props.className);
  return (
    <text className={props.className} x={props.x} y={props.y} {...fit.props}>
      {fit.cut && <title>{props.name}</title>}
      {fit.shown}
    </text>
  );
}
