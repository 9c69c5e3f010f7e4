import { describe, expect, it } from 'vitest';
import { browserLang } from '../../src/state/lang-slice';

describe('browserLang: a first visit follows the browser', () => {
  it('reads any zh* first preference as Chinese and anything else as English', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['zh-Hant-TW'])).toBe('zh');
    expect(browserLang(['ZH'])).toBe('zh');
    expect(browserLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(browserLang(['de-DE'])).toBe('en');
  });

  it('keeps Chinese when the browser states no preference', () => {
    expect(browserLang([])).toBe('zh');
    expect(browserLang(undefined)).toBe('zh');
  });
});
