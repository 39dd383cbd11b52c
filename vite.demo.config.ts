import { defineConfig, type Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';

// npm run build:demo: every demo/*.html into dist-demo/ as a static site (Lit's production build,
// the library bundled from src/), with demo/data/ copied. The built pages run under a strict CSP
// (`default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`):
// no inline script or style may remain, see `noInlineCode` below. `npm start` still serves the
// same pages from source at /demo/*.html.
const root = fileURLToPath(new URL('.', import.meta.url));
const demo = `${root}demo/`;
const pages = readdirSync(demo).filter((f) => f.endsWith('.html'));

/**
 * Copies demo/data/** into the site, where the pages fetch it (`./data/site-terms.json`), and the
 * site icon, which every page links (else the browser asks for /favicon.ico and logs a 404).
 */
function copyDemoFiles(): Plugin {
  return {
    name: 'post-glossary-demo-files',
    apply: 'build',
    transformIndexHtml(html) {
      return /rel="icon"/.test(html) ? html : html.replace('</head>', '  <link rel="icon" href="./favicon.svg" type="image/svg+xml" />\n  </head>');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: readFileSync(`${demo}favicon.svg`) });
      for (const file of readdirSync(`${demo}data`)) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`${demo}data/${file}`) });
      }
    },
  };
}

/**
 * A strict CSP blocks inline `<style>` and `<script>`. Demo pages keep theirs in files; this moves
 * any that remain (an `<style>` block Vite left inline, a classic inline script) into files of
 * their own, so that no page of the site depends on 'unsafe-inline'. Inline module scripts are
 * bundled by Vite itself. Event-handler and `style` attributes cannot be moved: the build fails on them.
 */
function noInlineCode(): Plugin {
  const assets = new Map<string, string>();
  const name = (kind: string, text: string, ext: string) => `assets/${kind}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${ext}`;
  return {
    name: 'post-glossary-demo-no-inline-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const page = ctx.filename.slice(demo.length);
        if (/\son[a-z]+\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/gi, ''))) throw new Error(`${page}: inline event handler attribute (blocked by the CSP)`);
        if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) throw new Error(`${page}: style attribute (blocked by the CSP)`);
        // Moved to the end of <head>, after the stylesheets Vite links there: the cascade order stays.
        const links: string[] = [];
        html = html.replace(/<style([^>]*)>([\s\S]*?)<\/style>/gi, (_m, _attrs, css: string) => {
          const file = name('inline', css, 'css');
          assets.set(file, css);
          links.push(`<link rel="stylesheet" href="./${file}">`);
          return '';
        });
        if (links.length) html = html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        html = html.replace(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")([^>]*)>([\s\S]*?)<\/script>/gi, (_m, attrs: string, js: string) => {
          if (!js.trim()) return '';
          const file = name('inline', js, 'js');
          assets.set(file, js);
          return `<script${attrs} src="./${file}"></script>`;
        });
        return html;
      },
    },
    // Vite runs transformIndexHtml while it writes the pages, after generateBundle: write the files then.
    writeBundle(options) {
      for (const [fileName, source] of assets) {
        mkdirSync(dirname(`${options.dir}/${fileName}`), { recursive: true });
        writeFileSync(`${options.dir}/${fileName}`, source);
      }
    },
  };
}

export default defineConfig({
  root: demo,
  base: './',
  // The same JSON handling as the library build (the dataset ships as JSON.parse('…')).
  json: { stringify: true },
  resolve: {
    // Pages may name the library from the server root (/src/…), as `npm start` serves it.
    alias: [{ find: /^\/src\//, replacement: `${root}src/` }],
  },
  plugins: [minifyCssLiterals(), copyDemoFiles(), noInlineCode()],
  build: {
    target: 'es2022',
    outDir: `${root}dist-demo`,
    emptyOutDir: true,
    // No data: URLs: the CSP's default-src 'self' would block them as images or fonts.
    assetsInlineLimit: 0,
    // The module preload polyfill is an inline-free chunk, but modern Chromium needs none.
    modulePreload: { polyfill: false },
    rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), `${demo}${p}`])) },
  },
});
