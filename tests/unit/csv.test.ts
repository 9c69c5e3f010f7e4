import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../src/data/export/csv';
import { exportFileName, localIsoDate } from '../../src/data/export/download';
import { enterpriseTable, projectTable } from '../../src/data/export/entity-rows';
import { exportContext, PENINSULA, XIPENG } from './builders/export-world';
import { company, works, world } from './builders/filter-world';

/** Parses CSV text the way a spreadsheet would: BOM stripped, quoted line breaks kept. */
function parse(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  return Papa.parse<string[]>(body, { skipEmptyLines: true }).data;
}

const awkward = () =>
  world(
    [
      {
        record: company('e1', [106.4, 29.4], {
          name_zh: '氢能,有限公司',
          address: '西彭镇\n第二行',
          declared_zone: 'xipeng-park',
          synthetic: true,
        }),
        mask: PENINSULA,
        link: 'outside-declared',
      },
      { record: company('e2', [106.5, 29.5], { name_zh: '说"好"的公司' }), mask: XIPENG },
      { record: company('e3', [106.6, 29.6], { name_zh: '=HYPERLINK("x")' }) },
    ],
    [{ record: works('p1', [106.4, 29.4], { investment_yi: 12.5 }), mask: XIPENG }],
  );

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Chinese correctly', () => {
    expect(toCsv({ header: ['名称'], rows: [['西彭']] }).startsWith('\uFEFF名称')).toBe(true);
  });

  it('ends lines with CRLF as RFC 4180 asks', () => {
    expect(toCsv({ header: ['a', 'b'], rows: [[1, 2]] })).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`);
  });

  it('quotes cells holding commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes null as an empty cell and numbers as they are', () => {
    expect(toCsv({ header: ['a', 'b', 'c'], rows: [[null, -3.5, 0]] })).toBe(
      `${UTF8_BOM}a,b,c\r\n,-3.5,0\r\n`,
    );
  });

  it('prefixes text starting with = + - @ with an apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 23')).toBe("'+86 23");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('neutralises formulas after leading whitespace and in full-width or small forms', () => {
    const hostile = [
      ' =1+1',
      '  @SUM(A1)',
      '\u3000=cmd|"/c calc"!A1',
      '\u00a0+1',
      '\t=1',
      '\r=1',
      '\n=1',
      '\t',
      '＝1+1',
      '＋86',
      '－2',
      '＠SUM(A1)',
      ' ＝HYPERLINK("x")',
      '﹦1',
      '﹢1',
      '﹣1',
      '﹫x',
      '−1',
    ];
    for (const text of hostile) {
      const cell = parse(toCsv({ header: ['a'], rows: [[text]] }))[1]?.[0];
      expect(cell, JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text and every number alone', () => {
    for (const text of ['西彭', 'a=b', 'x-1', '1+1', '3 @ 4', 'e@mail.example']) {
      expect(csvCell(text)).toBe(text);
    }
    expect(toCsv({ header: ['n'], rows: [[-12.5], [-0], [1e21], [Number.NaN]] })).toBe(
      `${UTF8_BOM}n\r\n-12.5\r\n0\r\n1e+21\r\n\r\n`,
    );
  });

  it('neutralises at least every cell that papaparse escapeFormulae would', () => {
    const start = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      ' ',
      '\u3000',
      '＝',
      '－',
      'a',
      '1',
    );
    fc.assert(
      fc.property(fc.array(start, { maxLength: 3 }), fc.string({ maxLength: 8 }), (s, rest) => {
        const text = s.join('') + rest;
        const papa = Papa.unparse([[text]], { escapeFormulae: true, newline: '\r\n' });
        const ours = csvCell(text);
        const cell = (csv: string) =>
          Papa.parse<string[]>(csv, { delimiter: ',' }).data[0]?.[0] ?? '';
        if (cell(papa) !== text) expect(cell(ours), JSON.stringify(text)).toBe(`'${text}`);
        expect([text, `'${text}`]).toContain(cell(ours));
      }),
      { numRuns: 2000 },
    );
  });

  it('guards a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('round-trips awkward text through a CSV parser', () => {
    const rows = [['a,b', 'say "hi"', 'one\ntwo', '西彭']];
    expect(parse(toCsv({ header: ['1', '2', '3', '4'], rows })).slice(1)).toEqual(rows);
  });
});

describe('enterpriseTable and projectTable', () => {
  it('writes Chinese headers and labels in Chinese', () => {
    const w = awkward();
    const table = enterpriseTable(w.enterprises, [0], exportContext(w, 'zh'));
    expect(table.header).toContain('名称');
    expect(table.header).toContain('登记园区');
    expect(table.header).toContain('模拟数据');
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
    expect(row).toMatchObject({
      登记园区: '西彭园区',
      所在区域: '九龙半岛带',
      位置与登记关系: '不在登记园区内',
      模拟数据: '是',
      行业: '其他',
    });
  });

  it('writes English headers and labels in English', () => {
    const w = awkward();
    const table = enterpriseTable(w.enterprises, [0], exportContext(w, 'en'));
    expect(table.header).toContain('Name (Chinese)');
    expect(table.header).not.toContain('名称');
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
    expect(row).toMatchObject({
      'Registered zone': 'Xipeng Park',
      'Located in zones': 'Jiulong Peninsula Belt',
      'Location vs registration': 'Outside its registered zone',
      Synthetic: 'yes',
      Industry: 'Other',
    });
  });

  it('gives one row per record given, in the order given', () => {
    const w = awkward();
    const table = enterpriseTable(w.enterprises, Uint32Array.of(0, 2), exportContext(w, 'zh'));
    expect(table.rows.map((r) => r[0])).toEqual(['e1', 'e3']);
  });

  it('keeps the row count through CSV text even with commas, quotes and line breaks', () => {
    const w = awkward();
    const csv = toCsv(enterpriseTable(w.enterprises, [0, 1, 2], exportContext(w, 'zh')));
    const parsed = parse(csv);
    expect(parsed).toHaveLength(1 + 3);
    expect(parsed[1]?.[1]).toBe('氢能,有限公司');
    expect(parsed[2]?.[1]).toBe('说"好"的公司');
    expect(parsed[3]?.[1]).toBe('\'=HYPERLINK("x")');
  });

  it('writes no rows for an empty selection, only the header', () => {
    const w = awkward();
    expect(parse(toCsv(projectTable(w.projects, [], exportContext(w, 'en'))))).toHaveLength(1);
  });

  it('writes a project investment as a number and a missing zone as empty', () => {
    const w = awkward();
    const table = projectTable(w.projects, [0], exportContext(w, 'en'));
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
    expect(row['Investment (100 million CNY)']).toBe(12.5);
    expect(row['Registered zone']).toBeNull();
    expect(row['Has site outline']).toBe('no');
  });
});

describe('exportFileName', () => {
  it('names the file jiulongpo-<what>-<date>-<summary>.<ext>', () => {
    const date = new Date(2025, 2, 1, 23, 59);
    expect(exportFileName('enterprises', date, 'hydrogen-xipeng', 'csv')).toBe(
      'jiulongpo-enterprises-2025-03-01-hydrogen-xipeng.csv',
    );
  });

  it('uses the local calendar date, zero-padded', () => {
    expect(localIsoDate(new Date(2024, 0, 9, 0, 5))).toBe('2024-01-09');
  });
});
