/**
 * CJK labels are drawn locally (TinySDF) from the browser's own fonts: the style sets no
 * `glyphs` URL, so no glyph server is needed and no request leaves the machine.
 */
export const LOCAL_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
