import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir).find(f => f.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const self = new Map(); const byId = new Map(p.nodes.map(n => [n.id, n]));
p.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? 0)); });
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0, 30).map(([k,v])=>`${(v/1000).toFixed(0)}ms ${k}`).join('\n'));
