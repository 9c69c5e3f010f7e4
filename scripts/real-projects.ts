import type { Polygon } from 'geojson';
import type { Project, ProjectStatus, ProjectType } from '../src/domain/entity';
import type { ZoneId } from '../src/domain/zone';
import { ANCHORS, type LngLat, offsetKm } from './synthetic/places';

// Projects named in the plan interpretation (2022-02-14) and geography.md; see
// real-enterprises.ts for the rules (facts only, nulls where the sources are silent).

const PLAN = '《九龙坡区科技创新“十四五”发展规划》政策解读（九龙坡区政府，2022-02-14）';
const REF = 'geography.md（公开资料摘要 / summary of public sources）';
const PLAN_STATUS_ZH = '状态“规划”指规划（2021–2025）所列任务；资料未说明建设进度。';
const PLAN_STATUS_EN =
  'Status "planned" means a task listed in the 2021–2025 plan; the sources do not state progress.';

interface RealProjectSpec {
  id: string;
  zh: string;
  en: string;
  type: ProjectType;
  status: ProjectStatus;
  zone: ZoneId;
  at: LngLat;
  source: string;
  noteZh: string;
  noteEn: string;
}

function project(s: RealProjectSpec, over: Partial<Project> = {}): Project {
  return {
    kind: 'project',
    id: s.id,
    name_zh: s.zh,
    name_en: s.en,
    type: s.type,
    status: s.status,
    investment_yi: null,
    start_year: null,
    end_year: null,
    lead_enterprise: null,
    participants: [],
    declared_zone: s.zone,
    accuracy: 'approximate',
    synthetic: false,
    source: s.source,
    coordinates: s.at,
    site: null,
    note_zh: s.noteZh,
    note_en: s.noteEn,
    ...over,
  };
}

/** A schematic hexagonal site of radius r km around a centre: not a surveyed boundary. */
function hexagon(centre: LngLat, rKm: number): Polygon {
  const ring = [0, 1, 2, 3, 4, 5, 0].map((k) =>
    offsetKm(centre, rKm * Math.cos((k * Math.PI) / 3), rKm * Math.sin((k * Math.PI) / 3)),
  );
  return { type: 'Polygon', coordinates: [ring] };
}

function artBase(id: string, zh: string, en: string, at: LngLat): Project {
  return project({
    id,
    zh,
    en,
    type: '创新平台',
    status: '投产/运营',
    zone: 'jiulong-peninsula-belt',
    at,
    source: REF,
    noteZh:
      '公开资料列为“科艺”融合发展带的艺术基地；类型与“运营”状态为我们的判断（现有基地），位置示意。',
    noteEn:
      'An art base listed in public sources as part of the science-art belt; type and "operating" status are our reading (an existing base); schematic location.',
  });
}

/** The real projects (fresh objects on every call). */
export function realProjects(): Project[] {
  return [
    project(
      {
        id: 'real-p-hydrogen-valley',
        zh: '国鸿氢能科技产业园（“西部氢谷”）',
        en: 'Sinosynergy Hydrogen Technology Industrial Park ("Western Hydrogen Valley")',
        type: '产业项目',
        status: '签约',
        zone: 'xipeng-park',
        at: offsetKm(ANCHORS.taojia, 0, 0),
        source: `${REF}: 2021 年签约; ${PLAN}`,
        noteZh:
          '40 亿元为 2021 年六家氢能企业签约的总额，并非本园区单独的投资额；开始年份 2021 为签约年份。规划提出建设氢能科技产业园、打造“西部氢谷”。位置：陶家片区（示意）。',
        noteEn:
          '¥4 bn (40 亿元) is the total of the 2021 signing of six hydrogen firms, not this park’s own investment; start year 2021 is the signing year. The plan calls for the park, the "Western Hydrogen Valley". Location: the Taojia area (schematic).',
      },
      {
        investment_yi: 40,
        start_year: 2021,
        accuracy: 'town',
        lead_enterprise: 'real-e-guohong',
        participants: [
          'real-e-hongji',
          'real-e-shijiatoubo',
          'real-e-ligongqingke',
          'real-e-ruiqu',
          'real-e-qunyi',
        ],
      },
    ),
    project(
      {
        id: 'real-p-art-park',
        zh: '重庆美术公园',
        en: 'Chongqing Art Park',
        type: '基础设施',
        status: '规划',
        zone: 'jiulong-peninsula-belt',
        at: ANCHORS.artPark,
        source: `${PLAN}; ${REF}`,
        noteZh: `规划以建设重庆美术公园为抓手、加快七大功能区域建设。场地多边形为九龙半岛上的示意范围，不是规划红线。${PLAN_STATUS_ZH}`,
        noteEn: `The plan makes building the Chongqing Art Park the lever of the belt’s seven functional areas. The site polygon is a schematic extent on the Jiulong Peninsula, not a planning boundary. ${PLAN_STATUS_EN}`,
      },
      { site: hexagon(ANCHORS.artPark, 0.6) },
    ),
    project(
      {
        id: 'real-p-scfai-ecosystem',
        zh: '环川美创新生态圈',
        en: 'Innovation ecosystem around Sichuan Fine Arts Institute',
        type: '创新平台',
        status: '规划',
        zone: 'jiulong-peninsula-belt',
        at: offsetKm(ANCHORS.sichuanFineArts, 0.3, 0.2),
        source: PLAN,
        noteZh: `规划提出加强与四川美术学院合作建设；牵头单位未见资料。位置示意（川美黄桷坪校区附近）。${PLAN_STATUS_ZH}`,
        noteEn: `The plan calls for building it with Sichuan Fine Arts Institute; no lead is named. Schematic location near the Huangjueping campus. ${PLAN_STATUS_EN}`,
      },
      { participants: ['real-i-scfai'] },
    ),
    project({
      id: 'real-p-jiulong-business-district',
      zh: '九龙新商圈智能化改造升级',
      en: 'Smart upgrade of the Jiulong New Business District',
      type: '基础设施',
      status: '规划',
      zone: 'yangjiaping-belt',
      at: ANCHORS.yangjiapingMall,
      source: `${PLAN}; ${REF}`,
      noteZh: `规划将其作为杨家坪智慧城市展示带的重点。位置：杨家坪步行街一带（示意）。${PLAN_STATUS_ZH}`,
      noteEn: `The plan makes it the focus of the Yangjiaping smart-city belt. Location: around the Yangjiaping pedestrian street (schematic). ${PLAN_STATUS_EN}`,
    }),
    artBase(
      'real-p-art-base-102',
      '102 艺术基地',
      '102 Art Base',
      offsetKm(ANCHORS.sichuanFineArts, -0.4, 0.3),
    ),
    artBase(
      'real-p-art-base-501',
      '501 艺术基地',
      '501 Art Base',
      offsetKm(ANCHORS.sichuanFineArts, 0.2, -0.5),
    ),
  ];
}
