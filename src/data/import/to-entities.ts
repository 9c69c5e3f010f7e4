import type { Enterprise, Project } from '../../domain/entity';
import type { ImportedProperties } from '../../domain/import';
import { type ParsedEntities, parseEnterprises, parseProjects } from '../parse-entities';
import {
  cellText,
  matchAmount,
  matchBoolean,
  matchCategories,
  matchIndustry,
  matchProjectType,
  matchStatus,
  matchYear,
  matchZone,
} from './match-values';
import type { FieldMapping, UserLayer } from './user-layer';

type Props = Record<string, unknown>;

/** Bilingual caveats collected while converting one row. */
class Notes {
  readonly zh: string[] = [];
  readonly en: string[] = [];
  add(zh: string, en: string): void {
    this.zh.push(zh);
    this.en.push(en);
  }
  props(): Props {
    return this.zh.length ? { note_zh: this.zh.join('；'), note_en: this.en.join('; ') } : {};
  }
}

/** What the conversion reads of a layer (the entities worker rebuilds just this). */
export type RecordLayer = Pick<
  UserLayer,
  'id' | 'fileName' | 'importedAt' | 'crs' | 'use' | 'features'
>;

function reader(props: ImportedProperties, mapping: FieldMapping) {
  return (field: keyof FieldMapping) => {
    const column = mapping[field];
    // Own properties only: a column named like an Object member ("constructor") that a row
    // lacks reads as empty, not as the inherited function.
    return column === null || !Object.hasOwn(props, column) ? null : (props[column] ?? null);
  };
}

// 投资额(万元) is in 10⁴ CNY: the app counts in 亿元 (10⁸).
const investmentScale = (column: string | null) => (column?.includes('万') ? 1e-4 : 1);

function common(layer: RecordLayer, index: number, get: ReturnType<typeof reader>, notes: Notes) {
  const zoneText = cellText(get('zone'));
  const zone = matchZone(zoneText);
  if (zoneText !== null && zone === null) {
    notes.add(`所属园区“${zoneText}”未能对应四个园区/带`, `zone "${zoneText}" matches no zone`);
  }
  return {
    id: `${layer.id}-${index}`,
    name_zh: cellText(get('name')),
    name_en: cellText(get('name_en')),
    declared_zone: zone,
    synthetic: matchBoolean(get('synthetic')),
    source: `导入文件 / imported file: ${layer.fileName}`,
  };
}

function enterpriseProps(layer: RecordLayer, index: number, props: ImportedProperties): Props {
  const get = reader(props, layer.use.kind === 'enterprises' ? layer.use.mapping : emptyMap());
  const notes = new Notes();
  const base = common(layer, index, get, notes);
  const industryText = cellText(get('industry'));
  const industry = matchIndustry(industryText);
  if (industry === null) {
    notes.add(
      industryText === null ? '文件未注明行业，计入“其他”' : `原行业“${industryText}”，计入“其他”`,
      industryText === null
        ? 'no industry in the file; counted as Other'
        : `industry "${industryText}" counted as Other`,
    );
  }
  const { categories, unknown } = matchCategories(get('category'));
  if (unknown.length) {
    notes.add(
      `未识别的类别：${unknown.join('、')}`,
      `unrecognised categories: ${unknown.join(', ')}`,
    );
  }
  return {
    ...base,
    industry: industry ?? '其他',
    categories,
    founded: matchYear(get('year')),
    address: cellText(get('address')),
    ...notes.props(),
  };
}

function projectProps(layer: RecordLayer, index: number, props: ImportedProperties): Props {
  const mapping = layer.use.kind === 'projects' ? layer.use.mapping : emptyMap();
  const get = reader(props, mapping);
  const notes = new Notes();
  const base = common(layer, index, get, notes);
  const typeText = cellText(get('category'));
  const type = matchProjectType(typeText);
  if (type === null) {
    notes.add(
      `项目类型${typeText === null ? '未注明' : `“${typeText}”未能识别`}，暂计为“产业项目”`,
      `project type ${typeText === null ? 'not given' : `"${typeText}" not recognised`}; counted as 产业项目`,
    );
  }
  const statusText = cellText(get('status'));
  const status = matchStatus(statusText);
  if (status === null) {
    notes.add(
      `项目状态${statusText === null ? '未注明' : `“${statusText}”未能识别`}，暂计为“规划”`,
      `status ${statusText === null ? 'not given' : `"${statusText}" not recognised`}; counted as 规划`,
    );
  }
  return {
    ...base,
    type: type ?? '产业项目',
    status: status ?? '规划',
    investment_yi: matchAmount(get('investment'), investmentScale(mapping.investment)),
    start_year: matchYear(get('year')),
    ...notes.props(),
  };
}

function emptyMap(): FieldMapping {
  return {
    name: null,
    name_en: null,
    industry: null,
    category: null,
    status: null,
    year: null,
    investment: null,
    zone: null,
    address: null,
    synthetic: null,
  };
}

/**
 * A point layer used as enterprises or projects, converted to the built-in files' property
 * schema and run through the same parser (validation, skip reasons) as the built-in data.
 */
export function layerToEnterprises(layer: RecordLayer): ParsedEntities<Enterprise> {
  return parseEnterprises(collection(layer, enterpriseProps));
}

export function layerToProjects(layer: RecordLayer): ParsedEntities<Project> {
  return parseProjects(collection(layer, projectProps));
}

function collection(
  layer: RecordLayer,
  toProps: (layer: RecordLayer, index: number, props: ImportedProperties) => Props,
) {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: toProps(layer, i, f.properties ?? {}),
    })),
  };
}
