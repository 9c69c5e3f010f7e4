/** ColorBrewer YlOrRd, 5 classes: a sequential scale that stays ordered in greyscale. */
export const DENSITY_COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
