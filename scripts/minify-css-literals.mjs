// A Vite plugin for the shipped builds: the `css` tagged templates in src/ keep their indentation
// and comments through JS minification (a template literal's text is content), so this squeezes
// their static text the way a CSS minifier would. Only whitespace and comments go; every rule,
// selector and value stays as written. Interpolations (`${…}`) are left as they are.

/** Minifies the static text of one css`` template (the parts between interpolations). */
export function minifyCssText(text) {
  // Quoted strings (`content: ', '`, attribute values) are kept as written.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) => (i % 2 ? part : minifyOutsideStrings(part)))
    .join('');
}

function minifyOutsideStrings(text) {
  return (
    text
      .replace(/\s+/g, ' ')
      // Spaces next to these never matter in CSS. Not `:` before (`.a :hover` is a descendant
      // selector) and not `+`/`-` (calc() needs them).
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      // `0.5em` → `.5em` (a leading zero never matters in a number), ` !important` → `!important`.
      .replace(/(^|[\s:(,*/-])0\.(\d)/g, '$1.$2')
      .replace(/ !important/g, '!important')
  );
}

/** Index just past a quoted string starting at `i`. */
function skipString(code, i) {
  const quote = code[i++];
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past a template literal starting at `i` (its `${…}` may hold anything, templates too). */
function skipTemplate(code, i) {
  for (i++; i < code.length && code[i] !== '`';) {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
    else i++;
  }
  return i + 1;
}

/** Index just past the `}` that closes an interpolation whose expression starts at `i` (braces, strings and templates counted). */
function skipExpression(code, i) {
  for (let depth = 1; i < code.length;) {
    const c = code[i];
    if (c === "'" || c === '"') i = skipString(code, i);
    else if (c === '`') i = skipTemplate(code, i);
    else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/**
 * Rewrites every css`…` in a module's source: its static text minified, its interpolations kept
 * as written (a css`…` nested inside one is minified too). Interpolations are scanned, not
 * matched by a pattern, so `${fn({ a: 1 })}` or a nested template does not end one early.
 */
export function minifyCssLiterals(code) {
  let out = '';
  let from = 0;
  const start = /\bcss`/g;
  for (let m; (m = start.exec(code));) {
    let i = m.index + m[0].length;
    let text = i;
    let body = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        const end = skipExpression(code, i + 2);
        body += minifyCssText(code.slice(text, i)) + '${' + minifyCssLiterals(code.slice(i + 2, end - 1)) + '}';
        i = text = end;
      } else i++;
    }
    if (i >= code.length) break; // not closed: left as it is
    out += code.slice(from, m.index) + 'css`' + body + minifyCssText(code.slice(text, i)) + '`';
    from = start.lastIndex = i + 1;
  }
  return out + code.slice(from);
}

/** @returns {import('vite').Plugin} */
export default function minifyCssLiteralsPlugin() {
  return {
    name: 'post-glossary-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
