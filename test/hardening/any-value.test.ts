// Issue 13: frameworks set properties, not attributes, and pass whatever they hold. Every public
// property of every element (as custom-elements.json lists them) is set to each hostile value:
// nothing may throw, a wrong kind of value gets a console.warn naming the element and the
// property, and the element works normally once a valid value is set.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import manifest from '../../custom-elements.json';
import type { PostTerm } from '../../src/post-term.js';
import type { GlossaryIndex } from '../../src/glossary-index.js';
import type { GlossarySearch } from '../../src/glossary-search.js';
import type { GlossaryProvider } from '../../src/glossary-provider.js';
import type { GlossaryAutolink } from '../../src/glossary-autolink.js';

interface Field {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: { text: string };
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: Field[];
}

/** tag → its public instance fields, from the manifest (so a new property is covered by default). */
const ELEMENTS = new Map<string, Field[]>();
for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules) {
  for (const d of mod.declarations ?? []) {
    if (d.customElement && d.tagName)
      ELEMENTS.set(
        d.tagName,
        (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private'),
      );
  }
}

const throwingObject = new Proxy(
  {},
  {
    get() {
      throw new Error('getter boom');
    },
    has() {
      throw new Error('has boom');
    },
    ownKeys() {
      throw new Error('ownKeys boom');
    },
    getPrototypeOf() {
      throw new Error('getPrototypeOf boom');
    },
  },
);
const throwingArray = Object.defineProperty([] as unknown[], '0', {
  enumerable: true,
  get() {
    throw new Error('item getter boom');
  },
});

const VALUES: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['42', 42],
  ['NaN', NaN],
  ["''", ''],
  ['[]', []],
  ['{}', {}],
  ["['x']", ['x']],
  ['Symbol()', Symbol('x')],
  ['() => {}', () => {}],
  ['an object whose getters throw', throwingObject],
  ['an array whose item getter throws', throwingArray],
];

/** Properties that take a list: a string or an array of strings. */
const LISTS = new Set(['categories', 'letters', 'exclude']);

type Kind = 'boolean' | 'number' | 'string' | 'list' | 'enum' | 'strings' | 'terms' | 'table' | 'readonly';
function kindOf(f: Field): Kind {
  const t = f.type?.text ?? '';
  if (f.readonly) return 'readonly';
  if (LISTS.has(f.name)) return 'list';
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number';
  if (/^'/.test(t)) return 'enum';
  if (t.startsWith('string[]')) return 'strings';
  if (t.includes('unknown[]')) return 'terms';
  // A partial string table (issue 17): any object; its keys are read one by one.
  if (t.startsWith('GlossaryStringsOverride')) return 'table';
  if (t.startsWith('string')) return 'string';
  throw new Error(`no rule for ${f.name}: ${t}`);
}

const isStringArray = (v: unknown) => {
  try {
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
};

/** Whether the element should take `v` for a property of this kind, silently. */
function valid(kind: Kind, v: unknown): boolean {
  if (kind === 'readonly') return false;
  if (v == null) return true;
  switch (kind) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'string':
      return typeof v === 'string';
    case 'list':
      return typeof v === 'string' || isStringArray(v);
    case 'enum':
      return v === '';
    case 'strings':
      return isStringArray(v);
    case 'terms':
      return Array.isArray(v) && v.length === 0;
    case 'table':
      return typeof v === 'object' && !Array.isArray(v);
  }
}

const GRIP = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras and lights.' };
/** A valid value for each property, set after each hostile one; and what reading it back gives. */
function validValue(f: Field, kind: Kind): [unknown, unknown] {
  const byName: Record<string, unknown> = {
    term: 'lut',
    value: 'lut',
    src: '',
    for: '',
    mode: 'replace',
    theme: 'dark',
    sourceUrl: 'https://studio.example/glossary',
    glossaryHref: '/glossary',
    linkBase: '/',
    timeout: 1000,
    headingLevel: 3,
  };
  if (f.name in byName) return [byName[f.name], byName[f.name]];
  switch (kind) {
    case 'boolean':
      return [false, false];
    case 'number':
      return [3, 3];
    case 'list':
      return [['color', 'vfx'], 'color,vfx'];
    case 'strings':
      return [['lut'], ['lut']];
    case 'terms':
      return [[GRIP], [GRIP]];
    case 'table': {
      const table = { seeAlso: 'Related' };
      return [table, table];
    }
    default:
      return ['x', 'x'];
  }
}

let warned: string[] = [];
let errored: string[] = [];
let uncaught: string[] = [];
const realWarn = console.warn;
const realError = console.error;
const onError = (e: ErrorEvent) => {
  uncaught.push(String(e.message));
  e.preventDefault();
};
const onRejection = (e: PromiseRejectionEvent) => {
  uncaught.push(String(e.reason));
  e.preventDefault();
};
beforeEach(() => {
  warned = [];
  errored = [];
  uncaught = [];
  console.warn = (...a: unknown[]) => warned.push(a.map(String).join(' '));
  console.error = (...a: unknown[]) => errored.push(a.map(String).join(' '));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  console.warn = realWarn;
  console.error = realError;
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
});

/** A tick for microtasks and a task (late rejections, timers at 0). */
const tick = () => new Promise((r) => setTimeout(r, 0));

async function torture(el: HTMLElement & { updateComplete: Promise<unknown> }, tag: string) {
  const fields = ELEMENTS.get(tag)!;
  expect(fields.length, `${tag} has public properties in the manifest`).to.be.greaterThan(2);
  const target = el as unknown as Record<string, unknown>;
  for (const f of fields) {
    const kind = kindOf(f);
    for (const [label, value] of VALUES) {
      const where = `${tag}.${f.name} = ${label}`;
      warned = [];
      errored = [];
      expect(() => (target[f.name] = value), where).not.to.throw();
      await el.updateComplete;
      await tick();
      expect(uncaught, `${where}: uncaught`).to.deep.equal([]);
      const named = (m: string) => m.includes(`<${tag}>`) && (m.includes(`"${f.name}"`) || m.includes(`${f.name} property`));
      if (kind === 'terms') {
        // The provider checks terms itself and says what is wrong (console.error + glossary-error).
        const aboutTerms = (m: string) => m.includes(`<${tag}>`) && /\bterms\b/.test(m);
        if (!valid(kind, value)) expect([...warned, ...errored].some(aboutTerms), `${where}: a message naming ${tag} and ${f.name}`).to.equal(true);
      } else if (valid(kind, value)) {
        expect(warned.filter(named), `${where}: no warning for a valid value`).to.deep.equal([]);
      } else {
        expect(warned.filter(named), `${where}: one warning naming ${tag} and ${f.name}`).to.have.length(1);
      }
      if (kind !== 'readonly') {
        const [good, read] = validValue(f, kind);
        target[f.name] = good;
        await el.updateComplete;
        expect(target[f.name], `${where}, then a valid value`).to.deep.equal(read);
      }
    }
  }
  expect(uncaught).to.deep.equal([]);
}

describe('issue 13: any value set on any public property', function () {
  this.timeout(30_000);

  it('<post-term>', async () => {
    const el = await fixture<PostTerm>(html`<post-term>LUT</post-term>`);
    await torture(el, 'post-term');
    el.open = false;
    el.term = 'aces';
    await el.updateComplete;
    expect(el.entry?.id).to.equal('aces');
    el.show();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=card-definition]')!.textContent).to.equal(el.entry!.definition);
  });

  it('<glossary-index>', async () => {
    const el = await fixture<GlossaryIndex>(html`<glossary-index no-structured-data></glossary-index>`);
    await torture(el, 'glossary-index');
    Object.assign(el, { categories: undefined, letters: undefined, filterIds: null, headingLevel: 4 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#letter-a')!.getAttribute('aria-level')).to.equal('4');
    expect(el.reveal('lut', { updateHash: false, focus: false })).to.equal(true);
    el.categories = ['vfx'] as unknown as string;
    await el.updateComplete;
    const cats = [...el.shadowRoot!.querySelectorAll('.entry .category')].map((c) => c.textContent);
    expect(cats.length).to.be.greaterThan(0);
    expect(new Set(cats)).to.deep.equal(new Set(['VFX']));
  });

  it('<glossary-search>', async () => {
    const el = await fixture<GlossarySearch>(html`<glossary-search></glossary-search>`);
    await torture(el, 'glossary-search');
    Object.assign(el, { filter: false, limit: 8, value: 'dolby visn' });
    await el.updateComplete;
    expect(el.results[0]?.entry.id).to.equal('dolby-vision');
  });

  it('<glossary-provider>', async () => {
    const el = await fixture<GlossaryProvider>(html`<glossary-provider><post-term>Grip</post-term></glossary-provider>`);
    await torture(el, 'glossary-provider');
    el.mode = 'extend';
    el.terms = [GRIP];
    await el.updateComplete;
    const term = el.querySelector<PostTerm>('post-term')!;
    await term.updateComplete;
    expect(term.entry?.definition).to.equal(GRIP.definition);
    expect(el.glossary.get('lut')).to.exist;
  });

  it('<glossary-autolink>', async () => {
    const el = await fixture<GlossaryAutolink>(html`<glossary-autolink><p>We used a LUT and ACES.</p></glossary-autolink>`);
    await torture(el, 'glossary-autolink');
    Object.assign(el, { exclude: ['aces'], all: false });
    await el.updateComplete;
    expect([...el.querySelectorAll('post-term')].map((t) => t.getAttribute('term'))).to.deep.equal(['lut']);
  });
});
