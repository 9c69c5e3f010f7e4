interface SwatchProps {
  colour: string;
  /** Parks have a solid outline, belts a dashed one: kind is told by pattern, not hue alone. */
  pattern: 'solid' | 'dashed' | 'line' | 'fill';
}

export function Swatch({ colour, pattern }: SwatchProps) {
  return (
    <span
      aria-hidden="true"
      className={`swatch swatch--${pattern}`}
      style={{ '--swatch': colour } as React.CSSProperties}
    />
  );
}
