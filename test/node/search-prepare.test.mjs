// The search core in Node: it schedules nothing (no timers, no idle callbacks, no clock), and its
// definition index is built in the steps a caller drives with prepare() (in the browser
// <glossary-search> runs them when the page is idle; see src/internal/prepare-index.ts).
// src/data.ts is bundled with esbuild (build-source.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource, root } from './build-source.mjs';

let data;
let remove;

before(async () => {
  ({
    modules: { 'src/data.ts': data },
    remove,
  } = await importSource(['src/data.ts']));
});

after(() => remove?.());

/** 2,800 entries: the bundled 70, 40 times over, so the definition index takes many steps. */
const many = () => data.createGlossary(Array.from({ length: 40 }, (_, copy) => data.terms.map((e) => ({ ...e, id: `${e.id}-${copy}`, seeAlso: [] }))).flat());
const ids = (hits) => hits.map((h) => `${h.entry.id} ${h.score} ${h.field}`);

test('building and searching an index schedules nothing and reads no clock', () => {
  const used = [];
  const saved = {};
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestIdleCallback']) {
    saved[name] = globalThis[name];
    globalThis[name] = (...args) => {
      used.push(name);
      return saved[name]?.(...args);
    };
  }
  const now = performance.now;
  performance.now = () => {
    used.push('performance.now');
    return now.call(performance);
  };
  try {
    const index = data.createSearchIndex(many());
    index.search('x');
    index.search('dolby visn');
    index.suggest('zzqx');
  } finally {
    Object.assign(globalThis, saved);
    performance.now = now;
  }
  assert.deepEqual(used, []);
});

test('src/core names no timer, idle callback or clock', () => {
  const files = readdirSync(join(root, 'src/core')).filter((f) => f.endsWith('.ts'));
  for (const f of files) {
    const code = readFileSync(join(root, 'src/core', f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    assert.doesNotMatch(code, /\b(setTimeout|setInterval|setImmediate|requestIdleCallback|requestAnimationFrame|performance\.now|Date\.now)\b/, `src/core/${f}`);
  }
});

test('src/core keeps no module-level mutable state but the build-once memos of the bundled dataset and of search indexes', () => {
  // Search state (the edit distance's DP buffer and where its best match ended, the token cache)
  // belongs to each index: a module-level variable is a side channel between two indexes.
  const allowed = ['bundled-data.ts: let entries', 'bundled-data.ts: let lookup', 'bundled.ts: let bundled', 'search.ts: const cache = new WeakMap'];
  const found = [];
  for (const f of readdirSync(join(root, 'src/core')).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join(root, 'src/core', f), 'utf8');
    for (const m of code.matchAll(/^(?:export )?(let \w+|var \w+|const \w+ = new (?:Map|Set|WeakMap|WeakSet|Int32Array|Array)\b)/gm)) found.push(`${f}: ${m[1]}`);
  }
  assert.deepEqual(found.sort(), allowed.sort());
});

test('prepare() builds the definition index in steps a deadline bounds, each making progress', () => {
  const glossary = many();
  const index = data.createSearchIndex(glossary);
  let steps = 1;
  let asked = 0;
  // No time left: each step still reads one batch (32 definitions), then stops.
  while (!index.prepare({ timeRemaining: () => (asked++, 0) })) steps++;
  assert.equal(steps, Math.ceil(glossary.entries.length / 32));
  assert.ok(asked >= steps - 1, 'the deadline was asked');
  assert.equal(index.prepare(), true, 'stays complete');
  // The same answers as an index that built its definitions on the first definition query.
  const fresh = data.createSearchIndex(many());
  for (const q of ['unreal engine', 'colour grad', 'davinci reslove', 'dialogue', 'hdr10+']) assert.deepEqual(ids(index.search(q, { limit: 60 })), ids(fresh.search(q, { limit: 60 })), q);
});

test('prepare() without a deadline finishes at once; with time to spare, in one step', () => {
  assert.equal(data.createSearchIndex(many()).prepare(), true);
  assert.equal(data.createSearchIndex(many()).prepare({ timeRemaining: () => Infinity }), true);
});

test('a search before prepare() is done finishes the definitions itself', () => {
  const index = data.createSearchIndex(many());
  assert.equal(index.prepare({ timeRemaining: () => 0 }), false);
  assert.equal(index.search('unreal engine', { limit: 100 }).filter((h) => h.field === 'definition').length, 40);
  assert.equal(index.prepare({ timeRemaining: () => 0 }), true);
});
