import maplibregl from 'maplibre-gl';

/**
 * The live radius beside a circle being drawn ("半径 2.4 公里"), at its east edge. A DOM marker
 * with textContent only: no HTML from anywhere reaches the page.
 */
export class RadiusLabel {
  private readonly element = document.createElement('div');
  private readonly marker: maplibregl.Marker;
  private shown = false;

  constructor(private readonly map: maplibregl.Map) {
    this.element.className = 'draw-radius-label';
    this.element.setAttribute('aria-hidden', 'true');
    this.marker = new maplibregl.Marker({ element: this.element, anchor: 'left', offset: [8, 0] });
  }

  show(at: [number, number], text: string): void {
    this.element.textContent = text;
    this.marker.setLngLat(at);
    if (!this.shown) this.marker.addTo(this.map);
    this.shown = true;
  }

  hide(): void {
    if (this.shown) this.marker.remove();
    this.shown = false;
  }
}
