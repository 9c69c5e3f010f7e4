import type { Industry } from '../../src/domain/entity';
import type { ZoneId } from '../../src/domain/zone';
import { ANCHORS, type LngLat } from './places';

/** Word pools for names: the industry's own, or the art/design pool of the peninsula belt. */
export type NameTheme = Industry | 'art';

/** A cluster of synthetic firms: Gaussian round a centre, or uniform over the zone (null). */
export interface Cluster {
  centre: LngLat | null;
  sigmaKm: number;
  weight: number;
  industries: Readonly<Partial<Record<Industry, number>>>;
  nameTheme?: NameTheme;
}

export interface ZoneTheme {
  /** Share of the in-zone firms that lie in this zone. */
  share: number;
  clusters: readonly Cluster[];
}

// The plan's themes per zone (seed text, geography.md): hydrogen, aluminium and equipment in
// Xipeng; software and services in Jiulong park; smart city in Yangjiaping; art and design on
// the peninsula. Shares and spreads are our own choices for a plausible picture.
const MAKERS = { 高端装备: 0.4, 汽车摩托车: 0.35, 新材料: 0.25 } as const;
const DIGITAL = { 智能产业: 0.6, 现代服务业: 0.4 } as const;

export const ZONE_THEMES: Readonly<Record<ZoneId, ZoneTheme>> = {
  'xipeng-park': {
    share: 0.36,
    clusters: [
      {
        centre: ANCHORS.taojia,
        sigmaKm: 1.2,
        weight: 0.25,
        industries: { 氢能源: 0.7, 高端装备: 0.2, 新材料: 0.1 },
      },
      {
        centre: ANCHORS.southwestAluminium,
        sigmaKm: 1.5,
        weight: 0.3,
        industries: { 新材料: 0.7, 高端装备: 0.15, 汽车摩托车: 0.15 },
      },
      { centre: ANCHORS.xipeng, sigmaKm: 2.5, weight: 0.2, industries: MAKERS },
      { centre: ANCHORS.tongguanyi, sigmaKm: 2, weight: 0.1, industries: MAKERS },
      {
        centre: null,
        sigmaKm: 0,
        weight: 0.15,
        industries: { ...MAKERS, 氢能源: 0.1, 现代服务业: 0.05 },
      },
    ],
  },
  'jiulong-park': {
    share: 0.36,
    clusters: [
      { centre: ANCHORS.shiqiaopu, sigmaKm: 1.2, weight: 0.45, industries: DIGITAL },
      {
        centre: ANCHORS.erlang,
        sigmaKm: 1.5,
        weight: 0.35,
        industries: { 智能产业: 0.55, 现代服务业: 0.25, 高端装备: 0.2 },
      },
      {
        centre: null,
        sigmaKm: 0,
        weight: 0.2,
        industries: { ...DIGITAL, 高端装备: 0.1, 其他: 0.05 },
      },
    ],
  },
  'yangjiaping-belt': {
    share: 0.16,
    clusters: [
      {
        centre: ANCHORS.yangjiapingMall,
        sigmaKm: 0.6,
        weight: 0.35,
        industries: { 智能产业: 0.5, 现代服务业: 0.5 },
      },
      {
        centre: ANCHORS.xiejiawan,
        sigmaKm: 0.6,
        weight: 0.25,
        industries: { 智能产业: 0.5, 现代服务业: 0.5 },
      },
      {
        centre: ANCHORS.zoo,
        sigmaKm: 0.6,
        weight: 0.15,
        industries: { 智能产业: 0.4, 现代服务业: 0.6 },
      },
      {
        centre: null,
        sigmaKm: 0,
        weight: 0.25,
        industries: { 智能产业: 0.45, 现代服务业: 0.45, 其他: 0.1 },
      },
    ],
  },
  'jiulong-peninsula-belt': {
    share: 0.12,
    clusters: [
      {
        centre: ANCHORS.sichuanFineArts,
        sigmaKm: 0.5,
        weight: 0.45,
        industries: { 现代服务业: 0.6, 其他: 0.3, 智能产业: 0.1 },
        nameTheme: 'art',
      },
      {
        centre: ANCHORS.artPark,
        sigmaKm: 0.7,
        weight: 0.35,
        industries: { 现代服务业: 0.55, 其他: 0.35, 智能产业: 0.1 },
        nameTheme: 'art',
      },
      {
        centre: null,
        sigmaKm: 0,
        weight: 0.2,
        industries: { 现代服务业: 0.5, 其他: 0.3, 智能产业: 0.2 },
      },
    ],
  },
};

/** Share of synthetic firms placed in the district outside every zone. */
export const OUTSIDE_SHARE = 0.25;

export const OUTSIDE_INDUSTRIES: Readonly<Partial<Record<Industry, number>>> = {
  汽车摩托车: 0.2,
  智能产业: 0.15,
  新材料: 0.1,
  高端装备: 0.2,
  现代服务业: 0.25,
  氢能源: 0.02,
  其他: 0.08,
};
