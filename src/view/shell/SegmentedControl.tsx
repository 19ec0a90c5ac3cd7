import { useId } from 'react';

export interface SegmentOption<V extends string> {
  value: V;
  label: string;
  /** Language of the label when it differs from the page's (e.g. "中文" on an English page). */
  lang?: string;
}

/**
 * A labelled group of radio buttons drawn as a segmented switch: native radios give keyboard
 * behaviour (arrows, Tab) and screen-reader semantics for free.
 */
export function SegmentedControl<V extends string>(props: {
  label: string;
  value: V;
  options: readonly SegmentOption<V>[];
  onChange: (value: V) => void;
  testId?: string;
}) {
  const name = useId();
  return (
    <fieldset className="segmented" data-testid={props.testId}>
      <legend className="sr-only">{props.label}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="segmented-option" lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
