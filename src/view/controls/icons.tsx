/** Tiny inline icons (fonts often lack ⏭ and friends); decorative, so hidden from screen readers. */
const common = {
  width: 14,
  height: 14,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  fill: 'currentColor',
} as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M4 2.5v11l9-5.5z" />
  </svg>
);
export const PauseIcon = () => (
  <svg {...common}>
    <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" />
  </svg>
);
export const StepIcon = () => (
  <svg {...common}>
    <path d="M3 2.5v11l7-5.5zM11 2.5h2.5v11H11z" />
  </svg>
);
export const ResetIcon = () => (
  <svg {...common} fill="none" stroke="currentColor" strokeWidth="2">
    <path d="M3 8a5 5 0 1 0 1.5-3.5M3 2.5v3h3" />
  </svg>
);
