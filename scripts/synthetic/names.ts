import type { Industry } from '../../src/domain/entity';
import { FIELD, INSTITUTE_FIELD, TRADE } from './name-words';
import type { Rng } from './prng';
import type { NameTheme } from './themes';

// Every synthetic name carries "（模拟）" / "(synthetic)": names travel without their flags
// (exports, screenshots, copied lists), and a plausible firm name must never pass as real.
export const SYNTHETIC_SUFFIX_ZH = '（模拟）';
export const SYNTHETIC_SUFFIX_EN = ' (synthetic)';

/** Makes plausible, marked, mostly distinct names (retries, then accepts a repeat: the pools run dry only at bench sizes). */
export class NameMaker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  company(theme: NameTheme): { zh: string; en: string } {
    return this.distinct(() => {
      const field = this.rng.pick(FIELD[theme]);
      const joint = this.rng.chance(0.1);
      const [zh, en] = this.rng.pick(TRADE);
      const prefix = this.rng.chance(0.3) ? '重庆市九龙坡区' : '重庆';
      return {
        zh: `${prefix}${zh}${field[0]}${joint ? '股份' : ''}有限公司${SYNTHETIC_SUFFIX_ZH}`,
        en: `${prefix === '重庆' ? 'Chongqing' : 'Chongqing Jiulongpo'} ${en} ${field[1]} Co., Ltd.${SYNTHETIC_SUFFIX_EN}`,
      };
    });
  }

  institute(industry: Industry): { zh: string; en: string } {
    const [fieldZh, fieldEn] = INSTITUTE_FIELD[industry];
    return this.distinct(() => {
      const [zh, en] = this.rng.pick(TRADE);
      return {
        zh: `重庆${zh}${fieldZh}研究院${SYNTHETIC_SUFFIX_ZH}`,
        en: `Chongqing ${en} ${fieldEn} Research Institute${SYNTHETIC_SUFFIX_EN}`,
      };
    });
  }

  private distinct(make: () => { zh: string; en: string }): { zh: string; en: string } {
    let name = make();
    for (let i = 0; i < 20 && this.used.has(name.zh); i++) name = make();
    this.used.add(name.zh);
    return name;
  }
}
