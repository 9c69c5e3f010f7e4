import type { ValidationError, ValidationErrorCode } from './validation-types';

type Lang = 'zh' | 'en';

/** Message templates; {name} is replaced by the error's parameter of that name. */
const MESSAGES: Readonly<Record<ValidationErrorCode, Readonly<Record<Lang, string>>>> = {
  'not-object': { zh: '文件不是 JSON 对象', en: 'the file is not a JSON object' },
  'not-feature-collection': {
    zh: '不是 FeatureCollection(type 为 {type})',
    en: 'not a FeatureCollection (type is {type})',
  },
  'invalid-geojson': { zh: '不是有效的 GeoJSON:{detail}', en: 'invalid GeoJSON: {detail}' },
  'empty-collection': { zh: '要素少于 {min} 个', en: 'fewer than {min} features' },
  'missing-provenance': {
    zh: '缺少数据来源说明(provenance)',
    en: 'the provenance member is missing',
  },
  'bad-provenance': {
    zh: '数据来源说明的字段 {field} 缺失或无效',
    en: 'provenance field {field} is missing or invalid',
  },
  'missing-id': { zh: '缺少要素 id', en: 'the feature has no id' },
  'duplicate-id': { zh: 'id {id} 重复', en: 'duplicate id {id}' },
  'missing-geometry': { zh: '缺少几何图形', en: 'the feature has no geometry' },
  'unexpected-geometry': {
    zh: '几何类型 {type} 不符合要求(应为 {expected})',
    en: 'geometry type {type} is not allowed (expected {expected})',
  },
  'ring-not-closed': {
    zh: '第 {polygon} 个多边形的第 {ring} 个环未闭合(首尾坐标不同)',
    en: 'ring {ring} of polygon {polygon} is not closed (first and last positions differ)',
  },
  'ring-too-short': {
    zh: '多边形的环少于 4 个坐标',
    en: 'a polygon ring has fewer than 4 positions',
  },
  'outer-ring-clockwise': {
    zh: '第 {polygon} 个多边形的外环为顺时针(RFC 7946 要求逆时针)',
    en: 'the outer ring of polygon {polygon} is clockwise (RFC 7946 wants counter-clockwise)',
  },
  'hole-counter-clockwise': {
    zh: '第 {polygon} 个多边形的第 {ring} 个内环为逆时针(RFC 7946 要求顺时针)',
    en: 'hole {ring} of polygon {polygon} is counter-clockwise (RFC 7946 wants clockwise)',
  },
  'coordinate-not-wgs84': {
    zh: '坐标不是 WGS-84 经纬度:[{lng}, {lat}] 等 {count} 处',
    en: 'coordinates are not WGS-84 degrees: [{lng}, {lat}] and {count} in all',
  },
  'coordinate-out-of-area': {
    zh: '坐标超出九龙坡区周边范围:[{lng}, {lat}] 等 {count} 处(是否经纬度颠倒或坐标系不对?)',
    en: 'coordinates outside the Jiulongpo area: [{lng}, {lat}] and {count} in all (lng/lat swapped, or another CRS?)',
  },
  'missing-property': {
    zh: '缺少属性 {property}(应为 {expected})',
    en: 'property {property} is missing (expected {expected})',
  },
  'bad-property-type': {
    zh: '属性 {property} 类型错误(应为 {expected})',
    en: 'property {property} has the wrong type (expected {expected})',
  },
  'bad-property-value': {
    zh: '属性 {property} 取值无效(应为 {expected})',
    en: 'property {property} has an invalid value (expected {expected})',
  },
  'missing-feature': {
    zh: '缺少 {role} 要素:{property} = {value}',
    en: 'no {role} feature with {property} = {value}',
  },
  'duplicate-feature': {
    zh: '{role} 要素 {property} = {value} 出现多次',
    en: 'more than one {role} feature with {property} = {value}',
  },
};

/** Parameters that are 0-based indices into coordinate arrays; people count from 1. */
const ONE_BASED = new Set(['polygon', 'ring']);

function fill(template: string, params: ValidationError['params']): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return typeof value === 'number' && ONE_BASED.has(key) ? String(value + 1) : String(value);
  });
}

/**
 * One validation error as a sentence in Chinese or English, naming the feature by its 1-based
 * position and its name, e.g. "第 4 个要素(九龙坡区):缺少属性 name_en(应为 string)".
 */
export function formatValidationError(error: ValidationError, lang: Lang): string {
  const message = fill(MESSAGES[error.code][lang], error.params);
  if (error.feature === null) return message;
  const n = error.feature + 1;
  const name = error.featureName;
  if (lang === 'zh') return `第 ${n} 个要素${name === null ? '' : `(${name})`}:${message}`;
  return `Feature ${n}${name === null ? '' : ` (${name})`}: ${message}`;
}
