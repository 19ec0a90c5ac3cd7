import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PanelTab {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Once opened, stays mounted (hidden) while another tab is open: it holds the reader's work. */
  keepMounted?: boolean;
}

/**
 * WAI-ARIA tabs (roving tabindex, arrow keys, Home/End). Only the active panel is rendered, so a lazy
 * panel (the editor, the terminal) costs nothing until it is opened; a `keepMounted` one is then kept,
 * hidden, so switching tabs does not throw away what was typed in it.
 */
export function PanelTabs(props: {
  label: string;
  tabs: readonly PanelTab[];
  /** Controlled: the open tab. Uncontrolled: `initial`, then the tab the user picks. */
  active?: string;
  initial?: string;
  onChange?: (id: string) => void;
}) {
  const base = useId();
  const [own, setOwn] = useState(props.initial ?? props.tabs[0]?.id ?? '');
  const active = props.active ?? own;
  const refs = useRef(new Map<string, HTMLButtonElement>());
  // The keepMounted tabs opened so far (derived during render: React's pattern for state that follows props).
  const [opened, setOpened] = useState<readonly string[]>([]);
  const keep = props.tabs.find((t) => t.id === active && t.keepMounted);
  if (keep && !opened.includes(keep.id)) setOpened([...opened, keep.id]);
  const select = (id: string) => {
    setOwn(id);
    props.onChange?.(id);
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = props.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = props.tabs[next]!;
    select(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const current = props.tabs.find((t) => t.id === active) ?? props.tabs[0];
  return (
    <div className="panel-tabs">
      <div role="tablist" aria-label={props.label} className="tab-list">
        {props.tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            className="tab"
            data-testid={`tab-${tab.id}`}
            onClick={() => select(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {props.tabs.map((tab) =>
        tab.id === current?.id || (tab.keepMounted && opened.includes(tab.id)) ? (
          <div
            key={tab.id}
            role="tabpanel"
            id={`${base}-panel-${tab.id}`}
            aria-labelledby={`${base}-tab-${tab.id}`}
            className="tab-panel"
            tabIndex={0}
            hidden={tab.id !== current?.id}
          >
            {tab.render()}
          </div>
        ) : null,
      )}
    </div>
  );
}
