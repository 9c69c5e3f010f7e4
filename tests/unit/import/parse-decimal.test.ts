import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/data/import/parse-decimal';

describe('parseDecimal', () => {
  it('equals Number() on coordinates, integers and odd text', () => {
    const texts = [
      '-0',
      '0',
      '1.',
      '.5',
      '.',
      '-',
      '+1',
      '1e5',
      ' 1',
      '1 ',
      '',
      '0x10',
      'abc',
      '1.2.3',
      '123456789012345',
      '1234567890123456',
      '123456789012345678',
      '-106.5',
      '0.000001',
      '999999999999999',
      '29.5600001',
      '--1',
      '1-',
      'Infinity',
      '1,5',
    ];
    for (const t of texts) expect(Object.is(parseDecimal(t), Number(t)), t).toBe(true);
    let seed = 1;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 20000; i++) {
      const digits = Math.floor(next() * 12);
      const t = ((next() - 0.5) * 10 ** Math.floor(next() * 7)).toFixed(digits);
      expect(parseDecimal(t), t).toBe(Number(t));
    }
  });
});
