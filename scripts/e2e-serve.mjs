#!/usr/bin/env node
// A tiny static server for the built demo (dist-demo/) that sends a strict Content-Security-Policy
// on every response, as a hardened host site would. Used by test/e2e/; also runnable by hand:
//   npm run build:demo && node scripts/e2e-serve.mjs [port]     → http://127.0.0.1:PORT/index.html
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy of issue 7: no inline script or style, no eval, Trusted Types required for script sinks. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The same, for a site that also allow-lists Trusted Types policy names: post-glossary needs
 * `lit-html` (Lit's template policy) and `post-glossary` (the index's JSON-only JSON-LD policy).
 */
export const STRICT_CSP_WITH_POLICIES = `${STRICT_CSP}; trusted-types lit-html post-glossary`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 with `csp` on every response (404s included). `extra` maps URL paths
 * to files outside root (test tooling); `inject` is a script URL (or a list) put first in every HTML
 * page's <head> (test tooling that must run before the page's scripts); `onResponse(status, path)` hears
 * of every response. Resolves to `{ origin, close() }`.
 */
export async function serveStatic({ root, csp = STRICT_CSP, port = 0, extra = {}, inject, onResponse }) {
  const base = normalize(root).replace(/\/+$/, '');
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = extra[path] ?? normalize(join(base, path));
      if (!extra[path] && file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (inject && extname(file) === '.html') {
        const tags = [inject]
          .flat()
          .map((src) => `<script src="${src}"></script>`)
          .join('');
        body = Buffer.from(body.toString('utf8').replace(/<head>/i, (h) => `${h}${tags}`));
      }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
      onResponse?.(200, req.url);
    } catch (e) {
      const missing = e?.code === 'ENOENT' || e?.code === 'ENOTDIR' || e instanceof URIError;
      res.writeHead(missing ? 404 : 500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(missing ? 'not found' : 'server error');
      onResponse?.(missing ? 404 : 500, req.url);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist-demo/', import.meta.url));
  const { origin } = await serveStatic({ root, port: Number(process.argv[2] ?? 4173) });
  console.log(`dist-demo/ served with\n  Content-Security-Policy: ${STRICT_CSP}\n  ➜ ${origin}/index.html`);
}
