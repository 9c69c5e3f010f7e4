import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  type SearchHit,
  type SearchSources,
  searchIndex,
} from '../../src/data/search-index';

const zone = (zone_id: 'xipeng-park' | 'jiulong-park', name_zh: string, name_en: string) => ({
  zone_id,
  name_zh,
  name_en,
});
const record = (name_zh: string, name_en: string | null = null, synthetic = false) => ({
  name_zh,
  name_en,
  synthetic,
});

/** A fresh small world each call: two zones, four enterprises, two projects. */
function sources(): SearchSources {
  return {
    zones: [
      zone('xipeng-park', '西彭科技创新园', 'Xipeng S&T Innovation Park'),
      zone('jiulong-park', '九龙科技创新园', 'Jiulong S&T Innovation Park'),
    ],
    enterprises: [
      record('广东国鸿氢能科技', 'Guangdong Sinosynergy Hydrogen Power Technology'),
      record('重庆长安汽车', 'Changan Automobile'),
      record('西彭铝业', null),
      record('重庆德润数据科技有限公司（模拟）', null, true),
    ],
    projects: [record('西彭科技创新园配套道路', 'Xipeng Park Roads'), record('绿色工厂', null)],
  };
}

const search = (query: string, limit?: number) =>
  searchIndex(buildSearchIndex(sources()), query, limit);
const names = (hits: readonly SearchHit[]) => hits.map((h) => h.name_zh);

describe('searchIndex', () => {
  it('finds Chinese names by substring', () => {
    expect(names(search('国鸿').hits)).toEqual(['广东国鸿氢能科技']);
  });

  it('matches English names case-insensitively', () => {
    const { hits } = search('sinosynergy HYDROGEN');
    expect(names(hits)).toEqual(['广东国鸿氢能科技']);
    expect(hits[0]?.field).toBe('en');
  });

  it('finds Chinese names by pinyin initials', () => {
    expect(names(search('xpkj').hits)).toEqual(['西彭科技创新园', '西彭科技创新园配套道路']);
    expect(names(search('gh').hits)).toEqual(['广东国鸿氢能科技']);
  });

  it('finds Chinese names by full pinyin without tones, spaces or apostrophes ignored', () => {
    expect(names(search('xipenglvye').hits)).toEqual(['西彭铝业']);
    expect(names(search("xi'peng lv").hits)).toEqual(['西彭铝业']);
    expect(search('xipeng').hits.find((h) => h.name_zh === '西彭铝业')?.field).toBe('pinyin');
  });

  it('accepts either reading of a polyphonic character', () => {
    expect(names(search('cqca').hits)).toEqual(['重庆长安汽车']);
    expect(names(search('chongqingchangan').hits)).toEqual(['重庆长安汽车']);
    expect(names(search('chqch').hits)).toEqual(['重庆长安汽车']);
  });

  it('types ü as v or u', () => {
    expect(names(search('lvse').hits)).toEqual(['绿色工厂']);
    expect(names(search('luse').hits)).toEqual(['绿色工厂']);
  });

  it('does not accept a syllable cut short in the middle of the query', () => {
    expect(search('xipekj').total).toBe(0);
    expect(search('xipkj').total).toBe(2);
  });

  it('marks pinyin hits by where they start', () => {
    const tiers = search('kj').hits.map((h) => [h.name_zh, h.tier]);
    expect(tiers).toContainEqual(['西彭科技创新园', 'pinyin']);
    expect(search('xpkj').hits[0]?.tier).toBe('pinyin-start');
  });

  it('ranks exact, then prefix, then substring, then pinyin', () => {
    const world = sources();
    world.enterprises = [
      record('科技中心 西彭'),
      record('西彭铝业'),
      record('西彭'),
      record('新片科技', 'Xinpian'),
    ];
    const { hits } = searchIndex(buildSearchIndex(world), '西彭');
    expect(hits.map((h) => [h.name_zh, h.tier])).toEqual([
      ['西彭', 'exact'],
      ['西彭科技创新园', 'prefix'],
      ['西彭铝业', 'prefix'],
      ['西彭科技创新园配套道路', 'prefix'],
      ['科技中心 西彭', 'substring'],
    ]);
  });

  it('puts pinyin matches after text matches', () => {
    const world = sources();
    world.enterprises = [record('新鹏机械'), record('XPKJ Ltd')];
    const { hits } = searchIndex(buildSearchIndex(world), 'xpkj');
    expect(hits.map((h) => h.tier)).toEqual(['prefix', 'pinyin-start', 'pinyin-start']);
    expect(hits[0]?.name_zh).toBe('XPKJ Ltd');
  });

  it('puts English matches inside a word after pinyin ones', () => {
    const world = sources();
    world.enterprises = [
      record('众合数控', 'Zhonghe CNC'),
      record('广东国鸿氢能科技', 'Guangdong'),
    ];
    const { hits } = searchIndex(buildSearchIndex(world), 'gh');
    expect(hits.map((h) => [h.name_zh, h.tier])).toEqual([
      ['广东国鸿氢能科技', 'pinyin'],
      ['众合数控', 'infix'],
    ]);
    expect(searchIndex(buildSearchIndex(world), 'cnc').hits[0]?.tier).toBe('substring');
  });

  it('puts zones first among equally good matches', () => {
    const kinds = search('科技创新园').hits.map((h) => h.target.kind);
    expect(kinds).toEqual(['zone', 'zone', 'project']);
  });

  it('returns at most the limit, best first, and counts every match', () => {
    const world = sources();
    world.enterprises = Array.from({ length: 30 }, (_, i) => record(`西彭企业${i}`));
    const { hits, total } = searchIndex(buildSearchIndex(world), '西彭');
    expect(hits).toHaveLength(20);
    expect(total).toBe(32);
    expect(hits[0]?.target).toEqual({ kind: 'zone', id: 'xipeng-park' });
    expect(search('西彭', 2).hits).toHaveLength(2);
  });

  it('points each hit at its record', () => {
    const { hits } = search('数据科技');
    expect(hits[0]?.target).toEqual({ kind: 'enterprise', index: 3 });
    expect(hits[0]?.synthetic).toBe(true);
    expect(search('道路').hits[0]?.target).toEqual({ kind: 'project', index: 0 });
  });

  it('folds full-width input and ignores an empty query', () => {
    expect(names(search('ＸＰＫＪ').hits)[0]).toBe('西彭科技创新园');
    expect(search('   ')).toEqual({ hits: [], total: 0 });
  });
});
