import type { Enterprise, Industry, LocationAccuracy, OrgKind } from '../src/domain/entity';
import type { ZoneId } from '../src/domain/zone';
import { ANCHORS, type LngLat, offsetKm } from './synthetic/places';

// Enterprises, institutions and projects named in public sources, as summarised in
// /work/shared/reference/geography.md and the plan interpretation (seed text, 2022-02-14).
// Only facts found there: a year, amount, category or zone not stated is null or empty, and
// any reading of ours is said in the record's note. Addresses were not verified, so every
// point is placed near a geography.md anchor with accuracy 'town' or 'approximate'.

const PLAN = '《九龙坡区科技创新“十四五”发展规划》政策解读（九龙坡区政府，2022-02-14）';
const REF = 'geography.md（公开资料摘要 / summary of public sources）';
const HYDROGEN_SIGNING = `${REF}: 2021 年氢能项目签约（国鸿氢能科技产业园，陶家片区）`;

const PLACED_NOTE_ZH = '位置示意：按公开资料所述镇街放在参考点附近，地址未核实。';
const PLACED_NOTE_EN =
  'Schematic location: placed near the anchor of the town named in public sources; address not verified.';

interface RealEnterpriseSpec {
  id: string;
  zh: string;
  en: string;
  industry: Industry;
  town: string;
  zone: ZoneId | null;
  accuracy: LocationAccuracy;
  source: string;
  at: LngLat;
  noteZh: string;
  noteEn: string;
  /** Firm unless said otherwise. */
  kind?: OrgKind;
}

function enterprise(s: RealEnterpriseSpec): Enterprise {
  return {
    kind: 'enterprise',
    id: s.id,
    org_kind: s.kind ?? 'enterprise',
    name_zh: s.zh,
    name_en: s.en,
    industry: s.industry,
    // The sources name these firms but not their certifications (高新技术企业 etc.).
    categories: [],
    founded: null,
    employees: null,
    address: null,
    town_code: s.town,
    declared_zone: s.zone,
    accuracy: s.accuracy,
    synthetic: false,
    source: s.source,
    coordinates: s.at,
    note_zh: `${s.noteZh}${PLACED_NOTE_ZH}`,
    note_en: `${s.noteEn} ${PLACED_NOTE_EN}`,
  };
}

const SIGNING_NOTE_ZH =
  '2021 年签约落户陶家片区的氢能企业（以其在九龙坡的项目计）；所属园区按签约地判断。';
const SIGNING_NOTE_EN =
  'Hydrogen firm of the 2021 signing in the Taojia area (as its Jiulongpo operation); zone inferred from the signing site.';

function signingFirm(
  id: string,
  zh: string,
  en: string,
  dxKm: number,
  dyKm: number,
  alsoInPlan: boolean,
) {
  return enterprise({
    id,
    zh,
    en,
    industry: '氢能源',
    town: '500107109',
    zone: 'xipeng-park',
    accuracy: 'town',
    source: alsoInPlan ? `${HYDROGEN_SIGNING}; ${PLAN}` : HYDROGEN_SIGNING,
    at: offsetKm(ANCHORS.taojia, dxKm, dyKm),
    noteZh: SIGNING_NOTE_ZH,
    noteEn: SIGNING_NOTE_EN,
  });
}

const XIPENG_NOTE_ZH = '公开资料列为西彭的企业；行业按企业名称判断；所属园区未见资料，故未填。';
const XIPENG_NOTE_EN =
  'Named in public sources as a Xipeng firm; industry read from its name; no source states a registered zone, so none is given.';

function xipengFirm(
  id: string,
  zh: string,
  en: string,
  industry: Industry,
  dxKm: number,
  dyKm: number,
) {
  return enterprise({
    id,
    zh,
    en,
    industry,
    town: '500107110',
    zone: null,
    accuracy: 'town',
    source: REF,
    at: offsetKm(ANCHORS.southwestAluminium, dxKm, dyKm),
    noteZh: XIPENG_NOTE_ZH,
    noteEn: XIPENG_NOTE_EN,
  });
}

/** The real enterprises and institutions (fresh objects on every call). */
export function realEnterprises(): Enterprise[] {
  return [
    signingFirm(
      'real-e-guohong',
      '广东国鸿氢能科技',
      'Guangdong Sinosynergy Hydrogen Power Technology',
      0,
      0.4,
      false,
    ),
    signingFirm(
      'real-e-hongji',
      '鸿基创能科技（广州）',
      'SinoHykey Technology (Guangzhou)',
      0.5,
      0.2,
      true,
    ),
    signingFirm(
      'real-e-shijiatoubo',
      '势加透博（北京）科技',
      'Shijia Toubo (Beijing) Technology',
      0.5,
      -0.3,
      true,
    ),
    signingFirm(
      'real-e-ligongqingke',
      '理工清科（北京）科技',
      'Ligong Qingke (Beijing) Technology',
      0,
      -0.5,
      true,
    ),
    signingFirm(
      'real-e-ruiqu',
      '苏州瑞驱电动科技',
      'Suzhou Ruiqu Electric Technology',
      -0.5,
      -0.3,
      false,
    ),
    signingFirm('real-e-qunyi', '群翌能源', 'Qunyi Energy', -0.5, 0.2, false),
    enterprise({
      id: 'real-e-bosch-hydrogen',
      zh: '博世氢动力系统（重庆）有限公司',
      en: 'Bosch Hydrogen Powertrain Systems (Chongqing) Co., Ltd.',
      industry: '氢能源',
      town: '500107109',
      zone: null,
      accuracy: 'approximate',
      source: `${REF}: 2021`,
      at: offsetKm(ANCHORS.taojia, 1.0, 0.9),
      noteZh: '资料仅列于 2021 年氢能企业之中，未给出所在镇街与园区：示意放在陶家氢能片区附近。',
      noteEn:
        'Listed with the 2021 hydrogen firms; no source gives its town or zone: shown near the Taojia hydrogen area as a guess.',
    }),
    xipengFirm('real-e-swa', '西南铝业（集团）', 'Southwest Aluminium (Group)', '新材料', 0, 0),
    xipengFirm('real-e-chalco-sapa', '中铝萨帕', 'Chalco Sapa', '新材料', 0.6, 0.3),
    xipengFirm('real-e-zhicheng', '志成机械', 'Zhicheng Machinery', '高端装备', -0.6, -0.4),
    xipengFirm('real-e-yaoyong', '耀勇减震', 'Yaoyong Shock Absorbers', '汽车摩托车', 0.5, -0.7),
    xipengFirm('real-e-honggang', '宏钢数控', 'Honggang CNC', '高端装备', -0.4, 0.6),
    enterprise({
      id: 'real-i-scfai',
      kind: 'university',
      zh: '四川美术学院',
      en: 'Sichuan Fine Arts Institute',
      industry: '其他',
      town: '500107002',
      zone: 'jiulong-peninsula-belt',
      accuracy: 'town',
      source: `${PLAN}; ${REF}`,
      at: ANCHORS.sichuanFineArts,
      noteZh:
        '高校（机构），不是企业：规划以其为环川美创新生态圈的合作方，故列入；企业类别不适用，行业记为“其他”；所属区域为规划所述的“科艺”融合发展带。点位为黄桷坪校区。',
      noteEn:
        'A university (an institution), not a firm: listed because the plan names it as the partner of the innovation ecosystem around it; enterprise categories do not apply and its industry is "other"; its zone is the science-art belt the plan ties it to. Point: the Huangjueping campus.',
    }),
  ];
}
