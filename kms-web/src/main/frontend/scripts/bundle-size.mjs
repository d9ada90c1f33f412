// Prints the gzipped size of what the agent workspace loads (the entry script, its static
// imports and the stylesheet; the editor and knowledge-manager chunks load only when opened)
// and fails the build above the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const out = new URL('../../../../target/frontend/', import.meta.url).pathname;
const html = readFileSync(join(out, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;

let total = 0;
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const lazy = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const lazyTotal = lazy.reduce((sum, f) => sum + gz(`assets/${f}`), 0);
console.log(`Agent bundle: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB); ` +
  `editor/knowledge-manager chunks loaded on demand: ${(lazyTotal / 1024).toFixed(1)} KB gzipped`);
if (total > BUDGET_KB * 1024) {
  console.error(`The agent bundle is over its budget of ${BUDGET_KB} KB gzipped.`);
  process.exit(1);
}
