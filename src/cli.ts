/// <reference types="node" />
/**
 * `npx post-glossary`: the glossary in a site's build or CI. `validate`, `link`, `render` and
 * `export`; `--help` for each. Exit codes: 0 done, 1 invalid entries / unreadable input, 2 bad usage.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { bundledTerms } from './core/bundled.js';
import { createGlossary, type Glossary } from './core/glossary.js';
import { mergeEntries, type MergeMode } from './core/merge.js';
import { CATEGORY_LABELS } from './core/types.js';
import { linkTerms } from './html/link-terms.js';
import { renderGlossaryHtml, renderStructuredData } from './html/render.js';
import { escapeAttribute, escapeText } from './html/options.js';

/** A problem the user can fix: printed without a stack trace, with an exit code. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

const NAME = 'post-glossary';

const GLOSSARY_OPTIONS = {
  terms: { type: 'string', multiple: true },
  mode: { type: 'string' },
} as const;

const HELP: Record<string, string> = {
  '': `Usage: ${NAME} <command> [options]

The post-production glossary at build time: check a site's own entries, link an article's terms,
render the glossary page as static HTML, export the glossary for search indexes and language models.

Commands:
  validate <terms.json>…        Check a site's entries; exit 1 with a message per problem
  link [in.html]                Wrap the terms an HTML file mentions in <post-term> (stdin without a file)
  render                        Write the glossary page as static HTML
  export --format json|llms     Write the glossary as JSON or as plain text (llms.txt style)

Run "${NAME} <command> --help" for a command's options.
Exit codes: 0 done, 1 invalid entries or unreadable input, 2 bad command line.`,
  validate: `Usage: ${NAME} validate <terms.json>… [--mode extend|replace]

Checks a site's own glossary entries as <glossary-provider> and createGlossary() read them, and
prints one line per problem, naming the file, the entry and the field. Exit 1 when there is any.

Options:
  --mode extend|replace   extend (default): the entries add to the bundled glossary (their seeAlso
                          may name bundled entries); replace: they stand alone
  -h, --help              This help`,
  link: `Usage: ${NAME} link [in.html|-] [options] [--out out.html]

Wraps the first mention of each glossary term in <post-term term="id">…</post-term>, with the rules
of <glossary-autolink> (never in headings, links, controls, code, ARIA widgets, [data-no-glossary]…),
and writes the HTML to stdout (or --out). Every other byte of the input is kept.

Options:
  --all                     Link every mention, not only the first of each term
  --exclude <ids>           Entries never to link, comma-separated ("lut,cdl")
  --glossary-href <url>     Written on each <post-term>: where the full glossary lives
  --link-base <url>         Written on each <post-term>: base URL of "learn more" paths
  --terms <file.json>       A site's own entries (repeatable); --mode extend|replace as for validate
  --out <file>              Write here instead of stdout
  -h, --help                This help`,
  render: `Usage: ${NAME} render [--out glossary.html] [options]

Writes the glossary page as static HTML: a letter bar, every entry with its definition, see-also and
anchors (the ids of <glossary-index>, so deep links keep working) and the schema.org JSON-LD block.

Options:
  --url <page url>          The page's address (https://…): the JSON-LD names the entries by it
  --title <text>            Page title and heading (default "Glossary")
  --lang <code>             The page's language (default "en")
  --heading-level <2-6>     Level of the letter headings (default 2)
  --categories <list>       Only these categories ("color,vfx")
  --link-base <url>         Base URL of the entries' "learn more" paths (shown only with it)
  --source-url <url>        The canonical glossary page, linked from every entry
  --source-name <text>      Its name in the credit line
  --element                 Wrap the entries in <glossary-index>, which takes over when JavaScript runs
  --script <url>            With --element: the post-glossary script to load (e.g. the CDN file)
  --fragment                Only the body's glossary (no <html>, <head>…), to paste into a template
  --terms <file.json>       A site's own entries (repeatable); --mode extend|replace
  --out <file>              Write here instead of stdout
  -h, --help                This help`,
  export: `Usage: ${NAME} export --format json|llms [--out file] [options]

Writes the glossary (the bundled one, with a site's entries merged in) for search indexes and
language models.

Formats:
  json    The merged, validated entries as a JSON array (the terms.json format)
  llms    Plain text in the llms.txt style: a title, a summary and a section per entry

Options:
  --format json|llms        Required
  --url <page url>          The glossary page: each entry in llms text links to its anchor there
  --title <text>            Title of the llms text (default "Post-production glossary")
  --terms <file.json>       A site's own entries (repeatable); --mode extend|replace
  --out <file>              Write here instead of stdout
  -h, --help                This help`,
};

const COMMANDS: Record<string, ParseArgsConfig['options']> = {
  validate: { mode: GLOSSARY_OPTIONS.mode },
  link: {
    ...GLOSSARY_OPTIONS,
    all: { type: 'boolean' },
    exclude: { type: 'string' },
    'glossary-href': { type: 'string' },
    'link-base': { type: 'string' },
    out: { type: 'string' },
  },
  render: {
    ...GLOSSARY_OPTIONS,
    url: { type: 'string' },
    title: { type: 'string' },
    lang: { type: 'string' },
    'heading-level': { type: 'string' },
    categories: { type: 'string' },
    'link-base': { type: 'string' },
    'source-url': { type: 'string' },
    'source-name': { type: 'string' },
    element: { type: 'boolean' },
    script: { type: 'string' },
    fragment: { type: 'boolean' },
    out: { type: 'string' },
  },
  export: { ...GLOSSARY_OPTIONS, format: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, out: { type: 'string' } },
};

function readText(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function modeOf(value: unknown): MergeMode {
  if (value === undefined || value === 'extend' || value === 'replace') return (value as MergeMode) ?? 'extend';
  throw new CliError(`--mode must be "extend" or "replace", not "${String(value)}"`, 2);
}

/** The glossary: the bundled one with the --terms files merged in; problems go to stderr. */
function glossaryFrom(values: Record<string, unknown>, err: (line: string) => void): Glossary {
  const files = (values.terms as string[] | undefined) ?? [];
  const mode = modeOf(values.mode);
  if (!files.length) {
    if (mode === 'replace') throw new CliError('--mode replace needs --terms <file.json>', 2);
    return mergeEntries(bundledTerms, [], 'extend').glossary;
  }
  const sources = files.map((file) => {
    const entries = readJson(file);
    if (!Array.isArray(entries)) throw new CliError(`${file} must hold a JSON array of entries, not ${entries === null ? 'null' : typeof entries}`);
    return { name: file, entries };
  });
  const { glossary, errors } = mergeEntries(bundledTerms, sources, mode);
  for (const e of errors) err(`warning: ${e.source}: ${e.message} (left out)`);
  return glossary;
}

function output(text: string, out: unknown, io: Io) {
  if (typeof out === 'string' && out !== '' && out !== '-') {
    try {
      writeFileSync(out, text);
    } catch (e) {
      throw new CliError(`cannot write ${out}: ${(e as Error).message}`);
    }
  } else io.out(text);
}

function validate(files: string[], values: Record<string, unknown>, io: Io): number {
  if (!files.length) throw new CliError('validate needs a file: post-glossary validate terms.json', 2);
  const mode = modeOf(values.mode);
  const sources = files.map((file) => ({ name: file, entries: readJson(file) }));
  let problems = 0;
  for (const s of sources) {
    if (!Array.isArray(s.entries)) {
      // The message createGlossary gives for a non-array.
      io.err(`${s.name}: ${createGlossary(s.entries).errors[0].message}`);
      problems++;
    }
  }
  const valid = sources.filter((s) => Array.isArray(s.entries)) as { name: string; entries: unknown[] }[];
  // The messages of createGlossary, each naming its file (mergeEntries numbers entries within it).
  const { errors, valid: counts } = mergeEntries(bundledTerms, valid, mode);
  for (const e of errors) io.err(`${e.source}: ${e.message}`);
  problems += errors.length;
  if (problems) {
    io.err(`${problems} problem${problems === 1 ? '' : 's'} found`);
    return 1;
  }
  io.out(valid.map((s, i) => `${s.name}: ${counts[i]} entr${counts[i] === 1 ? 'y' : 'ies'}, no problems\n`).join(''));
  return 0;
}

function link(files: string[], values: Record<string, unknown>, io: Io): number {
  if (files.length > 1) throw new CliError('link takes one input file (or none, to read stdin)', 2);
  const input = readText(files[0] ?? '-');
  const glossary = glossaryFrom(values, io.err);
  const out = linkTerms(input, {
    glossary,
    all: !!values.all,
    exclude: values.exclude as string | undefined,
    glossaryHref: values['glossary-href'] as string | undefined,
    linkBase: values['link-base'] as string | undefined,
  });
  output(out, values.out, io);
  return 0;
}

function render(files: string[], values: Record<string, unknown>, io: Io): number {
  if (files.length) throw new CliError(`render takes no file argument ("${files[0]}"); use --out to name the output`, 2);
  const glossary = glossaryFrom(values, io.err);
  const level = values['heading-level'] === undefined ? 2 : Number(values['heading-level']);
  if (!Number.isInteger(level) || level < 2 || level > 6) throw new CliError(`--heading-level must be a whole number from 2 to 6, not "${String(values['heading-level'])}"`, 2);
  const url = values.url as string | undefined;
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) throw new CliError(`--url must be an http(s) address, not "${url}"`, 2);
  if (values.script && !values.element) throw new CliError('--script goes with --element', 2);
  const options = {
    glossary,
    url,
    headingLevel: level,
    categories: values.categories as string | undefined,
    linkBase: values['link-base'] as string | undefined,
    sourceUrl: values['source-url'] as string | undefined,
    sourceName: values['source-name'] as string | undefined,
    element: !!values.element,
  };
  const body = renderGlossaryHtml(options);
  if (values.fragment) {
    output(body, values.out, io);
    return 0;
  }
  if (!url && !values['source-url']) io.err('note: without --url the page has no JSON-LD block (it names the entries by the page address)');
  const title = (values.title as string | undefined) ?? 'Glossary';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    ...(url ? [`<link rel="canonical" href="${escapeAttribute(url)}">`] : []),
    ...(options.element ? [renderStructuredData(options)].filter(Boolean) : []),
    ...(values.script ? [`<script type="module" src="${escapeAttribute(values.script as string)}"></script>`] : []),
  ];
  const page = `<!doctype html>
<html lang="${escapeAttribute((values.lang as string | undefined) ?? 'en')}">
<head>
${head.join('\n')}
</head>
<body>
<main>
<h1>${escapeText(title)}</h1>
${body}</main>
</body>
</html>
`;
  output(page, values.out, io);
  return 0;
}

function exportGlossary(files: string[], values: Record<string, unknown>, io: Io): number {
  if (files.length) throw new CliError(`export takes no file argument ("${files[0]}"); use --terms for a site's entries`, 2);
  const format = values.format;
  if (format !== 'json' && format !== 'llms') {
    throw new CliError(format === undefined ? 'export needs --format json or --format llms' : `--format must be "json" or "llms", not "${String(format)}"`, 2);
  }
  const url = values.url as string | undefined;
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) throw new CliError(`--url must be an http(s) address, not "${url}"`, 2);
  const glossary = glossaryFrom(values, io.err);
  if (format === 'json') {
    output(`${JSON.stringify(glossary.entries, null, 2)}\n`, values.out, io);
    return 0;
  }
  const page = url?.split('#')[0];
  const lines = [
    `# ${(values.title as string | undefined) ?? 'Post-production glossary'}`,
    '',
    `> ${glossary.entries.length} terms of film and television post-production, A to Z: each with its definition, other names and related terms.${page ? ` Online: ${page}` : ''}`,
    '',
  ];
  for (const e of glossary.entries) {
    lines.push(`## ${e.term}${e.expansion ? ` (${e.expansion})` : ''}`, '');
    const facts = [`Category: ${CATEGORY_LABELS[e.category]}`];
    if (e.aliases.length) facts.push(`Also called: ${e.aliases.join(', ')}`);
    const related = glossary.related(e);
    if (related.length) facts.push(`See also: ${related.map((r) => r.term).join(', ')}`);
    if (page) facts.push(`URL: ${page}#${encodeURIComponent(e.id)}`);
    lines.push(e.definition, '', ...facts.map((f) => `- ${f}`), '');
  }
  output(lines.join('\n'), values.out, io);
  return 0;
}

interface Io {
  out(text: string): void;
  err(line: string): void;
}

/**
 * Runs the command line.
 * @returns The exit code.
 */
export function main(argv: string[], io: Io): number {
  const [command = '', ...rest] = argv;
  if (command === '' || command === '-h' || command === '--help' || command === 'help') {
    io.out(`${HELP['']}\n`);
    return command === '' ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${version()}\n`);
    return 0;
  }
  try {
    const options = COMMANDS[command];
    if (!options) throw new CliError(`unknown command "${command}"; the commands are validate, link, render and export (see ${NAME} --help)`, 2);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${HELP[command]}\n`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (e) {
      // Node's messages name the option ("Unknown option '--x'", "Option '--out <value>' argument missing").
      throw new CliError(`${(e as Error).message.split('\n')[0]} (see ${NAME} ${command} --help)`, 2);
    }
    const { values, positionals } = parsed;
    const run = { validate, link, render, export: exportGlossary }[command]!;
    return run(positionals, values, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${NAME}: ${e.message}`);
      return e.code;
    }
    throw e;
  }
}

/** The package's version (dist/cli.js sits one folder below package.json). */
function version(): string {
  try {
    // Not `new URL('../package.json', import.meta.url)`: Vite would inline that file into the build.
    const here = import.meta.url;
    return JSON.parse(readFileSync(new URL('../package.json', here), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
