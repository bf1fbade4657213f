// Copies the browser builds of bpmn-js and Chart.js (no bundler needed) to the directory given as the first argument,
// which Maven points at target/classes/META-INF/resources/vendor so Quarkus serves them under /vendor/.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('usage: node copy-vendor.mjs <target directory>');
  process.exit(2);
}
const dist = join('node_modules', 'bpmn-js', 'dist');
const out = join(target, 'bpmn-js');
mkdirSync(out, { recursive: true });
cpSync(join(dist, 'bpmn-modeler.production.min.js'), join(out, 'bpmn-modeler.production.min.js'));
cpSync(join(dist, 'assets'), join(out, 'assets'), { recursive: true });
const charts = join(target, 'chart.js');
mkdirSync(charts, { recursive: true });
cpSync(join('node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), join(charts, 'chart.umd.min.js'));
console.log('bpmn-js and chart.js copied to ' + target);
