/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A Tianditu browser key (tk) baked into the build; optional. */
  readonly VITE_TIANDITU_KEY?: string;
  /** Extra origins allowed for custom XYZ/TMS basemaps, comma- or space-separated. */
  readonly VITE_TILE_ORIGINS?: string;
}
