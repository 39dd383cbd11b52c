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

const CSS_LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}]*\})*)`/g;

/** Rewrites every css`…` in a module's source; the interpolations are kept verbatim. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (_m, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return 'css`' + parts.map((p, i) => (i % 2 ? p : minifyCssText(p))).join('') + '`';
  });
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
