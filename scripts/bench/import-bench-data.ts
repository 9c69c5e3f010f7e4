// Inputs of the import benchmark, generated in memory (nothing big is committed).

const INDUSTRIES = ['智能制造', '新材料', '生物医药', '软件信息', '氢能源', '检验检测'];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A register CSV: Chinese headers, points across the district's box, `rows` data rows. */
export function registerCsv(rows: number, seed = 7): string {
  const rnd = random(seed);
  const lines = ['企业名称,统一社会信用代码,行业,经度,纬度,成立年份,注册资本（万元）,地址'];
  for (let i = 0; i < rows; i++) {
    const lng = (106.25 + rnd() * 0.3).toFixed(6);
    const lat = (29.26 + rnd() * 0.3).toFixed(6);
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    const year = 1995 + (i % 30);
    const capital = Math.round(rnd() * 100000) / 10;
    lines.push(
      `测试企业${i},91500107MA${String(i).padStart(8, '0')},${industry},${lng},${lat},${year},${capital},"重庆市九龙坡区某路${i % 500}号"`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A GeoJSON FeatureCollection of points of about `bytes` bytes (UTF-8). */
export function bigGeoJson(bytes: number, seed = 11): { text: string; features: number } {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 40;
  let i = 0;
  while (size < bytes) {
    const f = {
      type: 'Feature',
      properties: {
        名称: `测试企业${i}`,
        行业: INDUSTRIES[i % 6],
        年份: 1995 + (i % 30),
        备注: '批量导入测试数据',
      },
      geometry: { type: 'Point', coordinates: [106.25 + rnd() * 0.3, 29.26 + rnd() * 0.3] },
    };
    const s = JSON.stringify(f);
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
    i++;
  }
  return { text: `{"type":"FeatureCollection","features":[${parts.join(',')}]}`, features: i };
}
