import { describe, expect, it } from 'vitest';
import { enCatalog, zhCatalog } from '../../src/i18n/catalog';
import { translate } from '../../src/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const zh: Record<string, string> = zhCatalog;
const en: Record<string, string> = enCatalog;

describe('messages', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has no empty message in either language', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(zh[key] ?? ''));
    }
  });

  it('writes Chinese messages in Chinese', () => {
    const han = /\p{Script=Han}/u;
    const exceptions = new Set(['lang.switch']);
    for (const [key, value] of Object.entries(zh)) {
      if (!exceptions.has(key) && /[A-Za-z]{3}/.test(value) && !han.test(value)) {
        throw new Error(`${key} looks untranslated: ${value}`);
      }
    }
  });

  it('fills parameters as plain text', () => {
    expect(
      translate('en', 'userZoneFilter.label', { name: '<b>x</b>', enterprises: 1, projects: 2 }),
    ).toBe('<b>x</b> (user-provided) · 1 enterprises · 2 projects');
    expect(translate('zh', 'zone.areaValue', { value: 12.5 })).toBe('12.5 平方公里');
  });
});
