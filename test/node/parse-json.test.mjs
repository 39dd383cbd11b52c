// src/internal/parse-json.ts: <glossary-provider src> reads a file a piece at a time as it
// arrives, never as one string. Whatever the pieces (a cut inside a string, between a backslash
// and the quote it escapes, inside a UTF-8 sequence), the result is JSON.parse's, and invalid
// JSON fails with JSON.parse's own SyntaxError.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './build-source.mjs';

let mod;
before(async () => {
  // Node 20 cannot import TypeScript: bundled with esbuild, imported from a data: URL.
  const result = await build({ entryPoints: [join(root, 'src/internal/parse-json.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
  mod = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
});

/** A Response whose body arrives in pieces of `size` bytes. */
function respond(text, size) {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, (at += size)));
    },
  });
  // Its size said, as a static server does: a file over 1 MB is streamed (see the small-file test).
  return new Response(body, { headers: { 'content-length': String(Math.max(bytes.length, (1 << 20) + 1)) } });
}

/** Runs `fn` recording the length of every text JSON.parse is given, and whether it was given `whole`. */
async function parses(whole, fn) {
  const real = JSON.parse;
  const seen = { longest: 0, whole: false };
  JSON.parse = (text, ...rest) => {
    seen.longest = Math.max(seen.longest, text.length);
    if (text === whole) seen.whole = true;
    return real(text, ...rest);
  };
  try {
    return { value: await fn(), ...seen };
  } finally {
    JSON.parse = real;
  }
}

const entries = (n) =>
  Array.from({ length: n }, (_, i) => ({
    id: `e-${i}`,
    term: `Ëntry ${i} 색보정 🎬`,
    definition: i % 7 ? `Brackets ] } [ { , "quotes" \\ and \\" ${'x'.repeat(i % 300)}` : 'A backslash at the end \\',
    seeAlso: [],
  }));

test('a large array in pieces of any size: the same as JSON.parse', async () => {
  const text = JSON.stringify(entries(3000));
  for (const size of [1, 7, 4096, 65536, 1 << 20]) {
    if (size === 1 && text.length > 300_000) continue;
    const run = await parses(text, () => mod.readJson(respond(text, size)));
    assert.deepEqual(run.value, JSON.parse(text), `pieces of ${size} bytes`);
    // Cut into runs of whole items, never parsed (or held) as one text.
    assert.ok(run.longest < 200_000 && !run.whole, `pieces of ${size}: longest text parsed ${run.longest} of ${text.length}`);
  }
});

test('every split of a small array with escapes, nesting and multibyte text', async () => {
  const text = ` \n[{"a":"x\\\\","b":["]",{"c":"\\"}"}]},"😀 é",\n 1, null, [] ] \n`;
  for (let size = 1; size <= text.length; size++) {
    const run = await parses(text, () => mod.readJson(respond(text, size)));
    assert.deepEqual(run.value, JSON.parse(text), `pieces of ${size}`);
    assert.equal(run.whole, false, `pieces of ${size}: the cutter followed the text (no parse of the whole as a fallback)`);
  }
});

test('not an array, or invalid: JSON.parse decides (its value, or its SyntaxError)', async () => {
  assert.deepEqual(await mod.readJson(respond('{"a": [1]}', 3)), { a: [1] });
  assert.equal(await mod.readJson(respond('null', 2)), null);
  assert.deepEqual(await mod.readJson(respond('[]', 1)), []);
  const big = JSON.stringify(entries(2000));
  for (const bad of [`${big.slice(0, -200)}, oops]`, `${big} x`, `${big.slice(0, -1)},]`, big.slice(0, -1), `[${big}`]) {
    await assert.rejects(mod.readJson(respond(bad, 65536)), SyntaxError);
  }
});

test('a file of 1 MB or less, or of unknown size, is read in one go (Chromium reports a streamed body as a cancelled request)', async () => {
  const text = JSON.stringify(entries(50));
  for (const headers of [{ 'content-length': String(new TextEncoder().encode(text).length) }, {}]) {
    const run = await parses(text, () => mod.readJson(new Response(text, { headers })));
    assert.deepEqual(run.value, JSON.parse(text));
    assert.equal(run.whole, true, `${JSON.stringify(headers)}: parsed whole`);
  }
});
