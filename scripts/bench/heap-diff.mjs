// Compares two V8 heap snapshots (from `SOAK_SNAPSHOTS=50,200 npm run bench:soak`) by node type
// and constructor name: count and self size in each, sorted by growth. Usage:
//   node scripts/bench/heap-diff.mjs bench-results/soak-50.heapsnapshot bench-results/soak-200.heapsnapshot
import { readFileSync } from 'node:fs';

function summary(file) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map();
  const nodes = snap.nodes;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + iType]];
    const name = type === 'object' || type === 'native' ? snap.strings[nodes[i + iName]] : '';
    const key = `${type}:${name.slice(0, 80)}`;
    const g = groups.get(key) ?? { count: 0, size: 0 };
    g.count++;
    g.size += nodes[i + iSize];
    groups.set(key, g);
  }
  return groups;
}

const [a, b] = process.argv.slice(2).map(summary);
const keys = new Set([...a.keys(), ...b.keys()]);
const rows = [...keys].map((k) => {
  const x = a.get(k) ?? { count: 0, size: 0 };
  const y = b.get(k) ?? { count: 0, size: 0 };
  return { key: k, dCount: y.count - x.count, dKB: +((y.size - x.size) / 1024).toFixed(1) };
});
rows.sort((p, q) => q.dKB - p.dKB);
const total = rows.reduce((s, r) => s + r.dKB, 0);
console.log(`total self-size change: ${total.toFixed(1)} KB`);
for (const r of rows.slice(0, Number(process.env.TOP ?? 40))) {
  console.log(`${String(r.dKB).padStart(9)} KB ${String(r.dCount).padStart(7)}  ${r.key}`);
}
