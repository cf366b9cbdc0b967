// Small 20×20 icons for the reader's controls; each button names itself in words.

const iconProps = {
  'aria-hidden': true,
  viewBox: '0 0 20 20',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  className: 'size-5 shrink-0',
} as const;

/** A list: the question index. */
export function ListIcon() {
  return (
    <svg {...iconProps}>
      <path d="M7 5h10M7 10h10M7 15h10M3 5h.01M3 10h.01M3 15h.01" />
    </svg>
  );
}

/** A magnifying glass: search. */
export function SearchIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="8.5" cy="8.5" r="5" />
      <path d="m12.5 12.5 4.5 4.5" />
    </svg>
  );
}

/** An arrow to a bar: back to the top. */
export function TopIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 3h12M10 17V7M5.5 11.5 10 7l4.5 4.5" />
    </svg>
  );
}

/** A cross: close. */
export function CloseIcon() {
  return (
    <svg {...iconProps}>
      <path d="m5 5 10 10M15 5 5 15" />
    </svg>
  );
}

/** Up and down arrows: previous and next match. */
export function ArrowIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg {...iconProps}>
      <path d={direction === 'up' ? 'M10 16V4M5 9l5-5 5 5' : 'M10 4v12M5 11l5 5 5-5'} />
    </svg>
  );
}
