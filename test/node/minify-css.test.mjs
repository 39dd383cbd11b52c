// The build squeezes the css`` templates (scripts/minify-css-literals.mjs): whitespace and comments
// go, and nothing that changes what the CSS means.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals, minifyCssText } from '../../scripts/minify-css-literals.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('whitespace and comments go; descendant combinators, calc() operators and strings stay', () => {
  assert.equal(
    minifyCssText(`
      /* a comment, with a quote: don't */
      .a :hover ,  .b > .c {
        width: calc(100% - 2px) ;
        content: ", ; { } " ;
        font-family: system-ui, 'Segoe UI';
      }
    `),
    ` .a :hover,.b>.c{width:calc(100% - 2px);content:", ; { } ";font-family:system-ui,'Segoe UI'}`,
  );
});

test('leading zeros of numbers and the space before !important go; other digits and strings stay', () => {
  assert.equal(
    minifyCssText(`.a { opacity: 0.5; margin: 0 -0.25em 10.5px 0.0625rem; transition: opacity 0.12s; content: '0.5' ; display: none !important; }`),
    `.a{opacity:.5;margin:0 -.25em 10.5px .0625rem;transition:opacity .12s;content:'0.5';display:none!important}`,
  );
});

test('interpolations are kept verbatim and keep the space that separates them from a selector', () => {
  assert.equal(minifyCssLiterals('x = css`\n  ${a}\n  .b { color: red; }\n  ${c}`;'), 'x = css` ${a} .b{color:red}${c}`;');
});

test('an interpolation with braces, strings or a nested css`` inside ends at its own closing brace (not the first "}")', () => {
  // A pattern that stopped at the first "}" read `)} .b` as CSS text and dropped the space: a
  // descendant selector became a compound one.
  assert.equal(minifyCssLiterals('x = css`${f({ a: 1 })} .b { c: d; }`;'), 'x = css`${f({ a: 1 })} .b{c:d}`;');
  assert.equal(minifyCssLiterals("x = css`${'}'} .b { c: d; }`;"), "x = css`${'}'} .b{c:d}`;");
  assert.equal(minifyCssLiterals('x = css`.a { ${on ? css`color: red;` : `color: ${`blue`};`} }`;'), 'x = css`.a{${on ? css`color:red;` : `color: ${`blue`};`}}`;');
  // Text around the literals is left alone; an unclosed literal too.
  assert.equal(minifyCssLiterals('a = 1; b = css`x { }`; c = "css`";'), 'a = 1; b = css`x{}`; c = "css`";');
});

test('every stylesheet in src/ still has balanced braces and no comment after minifying', () => {
  const files = readdirSync(`${root}src`, { recursive: true }).filter((f) => f.endsWith('.ts'));
  let literals = 0;
  for (const file of files) {
    const source = readFileSync(`${root}src/${file}`, 'utf8');
    const out = minifyCssLiterals(source);
    for (const [, body] of out.matchAll(/\bcss`([^`]*)`/g)) {
      literals++;
      const css = body.replace(/\$\{[^}]*\}/g, '');
      assert.equal((css.match(/\{/g) ?? []).length, (css.match(/\}/g) ?? []).length, file);
      assert.doesNotMatch(css, /\/\*|\n/, file);
    }
  }
  assert.ok(literals >= 8, `found ${literals} css literals`);
});
