import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary } from '../../src/core/index.js';
import { buildSearchIndex, createSearchIndex, MAX_QUERY_LENGTH, type SearchHit } from '../../src/core/search.js';
import { generateTerms } from '../../bench/generate.js';

const g = getBundledGlossary();
const index = createSearchIndex(g);
const first = (q: string) => index.search(q)[0];
const slices = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

/** What readers type → the entry that must come first. */
const RANKING: [string, string][] = [
  // typos
  ['davinci reslove', 'davinci-resolve'],
  ['compositting', 'compositing'],
  ['dolby vison', 'dolby-vision'],
  ['aspra', 'aspera'],
  ['lutt', 'lut'],
  // spacing and punctuation
  ['rec 709', 'rec-709'],
  ['Rec.709', 'rec-709'],
  ['bt.709', 'rec-709'],
  ['rec2020', 'rec-2020'],
  ['REC-2020', 'rec-2020'],
  ['hdr10+', 'hdr10-plus'],
  ['hdr 10+', 'hdr10-plus'],
  ['hdr10', 'hdr10'],
  ['frameio', 'frame-io'],
  ['frame.io', 'frame-io'],
  ['protools', 'pro-tools'],
  // prefixes while typing
  ['wire remov', 'wire-removal'],
  ['dolb', 'dolby-atmos'],
  ['white bal', 'white-balance'],
  ['pictu', 'picture-lock'],
  // other spellings, aliases, expansions
  ['colour grading', 'color-grading'],
  ['colour grad', 'color-grading'],
  ['colour space', 'color-space'],
  ['look up table', 'lut'],
  ['atmos', 'dolby-atmos'],
  ['dnxhd', 'dnxhr'],
  ['imf package', 'imf'],
  ['roto', 'rotoscoping'],
  ['lufs', 'lkfs-lufs'],
  ['korean wave', 'hallyu'],
  ['openexr', 'exr'],
  ['premiere', 'premiere-pro'],
  ['FASP', 'aspera'],
  ['rushes', 'dailies'],
  ['visual effects', 'vfx'],
  ['edit decision list', 'edl'],
  ['resolve', 'davinci-resolve'],
  ['proxies', 'proxy'],
  ['luts', 'lut'],
  // plain names
  ['lut', 'lut'],
  ['dolby vision', 'dolby-vision'],
  ['prores', 'prores'],
  ['kdm', 'kdm'],
  ['conform', 'conform'],
  ['picture lock', 'picture-lock'],
  ['proxy', 'proxy'],
  ['nuke', 'nuke'],
  ['aspera', 'aspera'],
  ['after effects', 'after-effects'],
  ['codec', 'codec'],
  ['hdr', 'hdr'],
  ['aces', 'aces'],
  // words found only in a definition
  ['unreal engine', 'virtual-production'],
];

describe('core: search ranking', () => {
  for (const [query, id] of RANKING) {
    it(`"${query}" → ${id}`, () => {
      const hits = index.search(query);
      expect(hits.map((h) => h.entry.id).slice(0, 3), query).to.include(id);
      expect(hits[0]?.entry.id, `first hit for "${query}"`).to.equal(id);
    });
  }

  it('"hdr10+" puts HDR10+ ahead of HDR10, and "hdr10" the other way round', () => {
    expect(index.search('hdr10+').map((h) => h.entry.id)).not.to.include('hdr10');
    const ids = index.search('hdr10').map((h) => h.entry.id);
    expect(ids.indexOf('hdr10')).to.be.lessThan(ids.indexOf('hdr10-plus'));
  });

  it('typos do not pile up in the word being typed: "colour grad" ranks Color Correction (its definition) above Gamut ("Colour gamut")', () => {
    const ids = index.search('colour grad').map((h) => h.entry.id);
    expect(ids[0]).to.equal('color-grading');
    expect(ids).to.include('color-correction');
    if (ids.includes('gamut')) expect(ids.indexOf('color-correction')).to.be.lessThan(ids.indexOf('gamut'));
    // …while typos spread over the words still find the name.
    expect(index.search('dolbee vizion')[0]?.entry.id).to.equal('dolby-vision');
  });

  it('a prefix finds every name it begins: "dolb" → Dolby Atmos and Dolby Vision', () => {
    expect(
      index
        .search('dolb')
        .slice(0, 2)
        .map((h) => h.entry.id)
        .sort(),
    ).to.deep.equal(['dolby-atmos', 'dolby-vision']);
  });

  it('a name that matches beats a definition that merely mentions the word', () => {
    for (const q of ['conform', 'nuke', 'lut', 'codec', 'proxy']) {
      const [top, ...rest] = index.search(q);
      expect(top.field, q).to.equal('term');
      for (const h of rest) expect(h.score, `${q}: ${h.entry.id}`).to.be.greaterThan(top.score);
    }
    const custom = buildSearchIndex(
      createGlossary([
        { id: 'mentions', term: 'Aardvark', category: 'color', definition: 'Grain, grain and more grain: this entry is all about grain.' },
        { id: 'named', term: 'Grain', category: 'color', definition: 'The texture of film stock.' },
      ]).entries,
    );
    expect(custom.search('grain').map((h) => [h.entry.id, h.field])).to.deep.equal([
      ['named', 'term'],
      ['mentions', 'definition'],
    ]);
  });

  it('names and aliases rank above expansions, expansions above definitions', () => {
    const hits = index.search('digital cinema');
    expect(hits.length).to.be.greaterThan(1);
    const rank = { term: 0, alias: 0, expansion: 1, definition: 2 };
    const fields = hits.map((h) => rank[h.field]);
    expect(fields).to.deep.equal([...fields].sort((a, b) => a - b));
    expect(hits[0].field).to.equal('expansion');
  });

  it('hits come best first, with scores between 0 and 1', () => {
    for (const q of ['color', 'hdr', 'edit', 'davinci reslove', 'unreal engine', 'sound']) {
      const scores = index.search(q).map((h) => h.score);
      expect(scores.length, q).to.be.greaterThan(0);
      expect(scores, q).to.deep.equal([...scores].sort((a, b) => a - b));
      for (const s of scores) expect(s).to.be.within(0, 1);
    }
  });

  it('finds an entry by a word that only its definition holds', () => {
    const [hit] = index.search('unreal engine');
    expect(hit.entry.id).to.equal('virtual-production');
    expect(hit.field).to.equal('definition');
    expect(hit.matchedText).to.equal('Virtual Production');
    expect(hit.nameMatches).to.deep.equal([]);
    expect(slices(hit.snippet, hit.snippetMatches)).to.deep.equal(['Unreal', 'Engine']);
  });

  it('respects limit', () => {
    expect(index.search('e', { limit: 3 })).to.have.length(3);
    expect(index.search('color', { limit: 0 })).to.deep.equal([]);
    expect(index.search('color').length).to.be.at.most(20);
  });

  it('folds accents both ways: "cafe" finds "Café Racer", "café" finds "Cafe"', () => {
    const custom = buildSearchIndex(
      createGlossary([
        { id: 'cafe-racer', term: 'Café Racer', category: 'industry', definition: 'A motorcycle.' },
        { id: 'cafe', term: 'Cafe', category: 'industry', definition: 'Coffee.' },
      ]).entries,
    );
    const [hit] = custom.search('cafe r');
    expect(hit.entry.id).to.equal('cafe-racer');
    expect(slices(hit.matchedText, hit.nameMatches)).to.deep.equal(['Café', 'R']);
    expect(custom.search('CAFÉ')[0].entry.id).to.equal('cafe');
  });

  it('indexes definitions with accents, dashes and "+" the same way as plain ones', () => {
    const custom = buildSearchIndex(
      createGlossary([
        { id: 'one', term: 'One', category: 'color', definition: 'A naïve Crème brûlée — served in the Café.' },
        { id: 'two', term: 'Two', category: 'color', definition: 'Plain ASCII text — with a dash, HDR10+ and naive words.' },
        { id: 'three', term: 'Three', category: 'color', definition: 'Nothing to see: creme is not here.' },
      ]).entries,
    );
    expect(custom.search('naive').map((h) => h.entry.id)).to.deep.equal(['one', 'two']);
    expect(custom.search('brulee').map((h) => h.entry.id)).to.deep.equal(['one']);
    expect(custom.search('hdr10+').map((h) => h.entry.id)).to.deep.equal(['two']);
    const [hit] = custom.search('creme brulee');
    expect(hit.entry.id).to.equal('one');
    expect(slices(hit.snippet, hit.snippetMatches)).to.deep.equal(['Crème', 'brûlée']);
  });
});

describe('core: search highlights', () => {
  const highlighted = (q: string) => {
    const hit = first(q);
    return slices(hit.matchedText, hit.nameMatches);
  };

  it('ranges slice to the letters typed, split where the name has punctuation', () => {
    expect(highlighted('rec 709')).to.deep.equal(['Rec', '709']);
    expect(highlighted('dolb')).to.deep.equal(['Dolb']);
    expect(highlighted('wire remov')).to.deep.equal(['Wire', 'Remov']);
    expect(highlighted('hdr10+')).to.deep.equal(['HDR10+']);
    expect(highlighted('frameio')).to.deep.equal(['Frame', 'io']);
    expect(highlighted('colour grading')).to.deep.equal(['Colour', 'grading']);
    expect(first('colour grading').matchedText).to.equal('Colour grading');
  });

  it('highlights the word matched inside a longer name, and skips a typo', () => {
    const hit = first('vision');
    expect(hit.entry.id).to.equal('dolby-vision');
    expect(slices(hit.matchedText, hit.nameMatches)).to.deep.equal(['Vision']);
    expect(highlighted('compositting')).to.deep.equal(['Compositing']);
    expect(highlighted('vison').join('')).to.equal('Vison');
    expect(highlighted('davinci reslove').join(' ')).to.equal('DaVinci Resolve');
  });

  it('every range is in bounds, ordered and non-overlapping; snippets stay short', () => {
    const check = (text: string, ranges: [number, number][], label: string) => {
      let end = 0;
      for (const [a, b] of ranges) {
        expect(a, label).to.be.at.least(end);
        expect(b, label).to.be.greaterThan(a);
        expect(b, label).to.be.at.most(text.length);
        end = b;
      }
    };
    for (const q of ['c', 'co', 'col', 'colo', 'colour grad', 'rec', 'hdr10+', 'the', 'effects', 'resolve davinci', 'lutt', 'unreal', 'engine']) {
      for (const h of index.search(q)) {
        check(h.matchedText, h.nameMatches, `${q}: name of ${h.entry.id}`);
        check(h.snippet, h.snippetMatches, `${q}: snippet of ${h.entry.id}`);
        expect(h.snippet.length, `${q}: ${h.entry.id}`).to.be.at.most(142);
        if (h.snippet.length < h.entry.definition.length) expect(h.snippet).to.match(/…/);
        else expect(h.snippet).to.equal(h.entry.definition);
      }
    }
  });

  it('a cut snippet ends on a word, not on punctuation before the "…"', () => {
    let cut = 0;
    for (const q of ['color', 'colour grad', 'grading', 'the', 'delivery', 'unreal engine', 'sound', 'hdr']) {
      for (const h of index.search(q)) {
        if (!h.snippet.endsWith('…')) continue;
        cut++;
        expect(h.snippet, `${q}: ${h.entry.id}`).not.to.match(/[\s.,;:!?—–-]…$/u);
      }
    }
    expect(cut).to.be.greaterThan(20);
  });

  it('a definition hit shows the passage around the match', () => {
    const hit = index.search('unreal engine')[0];
    expect(hit.snippet.startsWith('…')).to.equal(true);
    expect(hit.snippet).to.contain('Unreal Engine');
  });
});

describe('core: search index built in slices', () => {
  // 2,800 entries: enough text for the definition index to take several idle slices and to grow its tables.
  const many = createGlossary(Array.from({ length: 40 }, (_, copy) => g.entries.map((e) => ({ ...e, id: `${e.id}-${copy}`, seeAlso: [] }))).flat()).entries;
  const ids = (hits: SearchHit[]) => hits.map((h) => `${h.entry.id} ${h.score} ${h.field}`);
  const queries = ['unreal engine', 'colour grad', 'davinci reslove', 'the', 'dialogue', 'naive', 'hdr10+', 'exr'];

  it('answers a definition query right after it is built, and the same once prepare() steps built the definitions', () => {
    const now = buildSearchIndex(many).search('unreal engine', { limit: 100 });
    expect(now.filter((h) => h.field === 'definition')).to.have.length(40);
    const idle = buildSearchIndex(many);
    idle.search('x'); // names only: one letter matches no definition
    // Steps with no time left still read 32 definitions each: many steps, each making progress.
    let steps = 1;
    while (!idle.prepare({ timeRemaining: () => 0 })) steps++;
    expect(steps).to.equal(Math.ceil(many.length / 32));
    expect(idle.prepare({ timeRemaining: () => 0 }), 'stays complete').to.equal(true);
    const fresh = buildSearchIndex(many);
    for (const q of queries) expect(ids(idle.search(q, { limit: 60 })), q).to.deep.equal(ids(fresh.search(q, { limit: 60 })));
  });

  it('prepare() is what reads the definitions: a definition changed after it is not seen, one changed before it is', () => {
    // Copies: the edits below must not reach the other tests' entries.
    const copy = () => many.map((e) => ({ ...e }));
    const prepared = copy();
    const idle = buildSearchIndex(prepared);
    idle.search('x'); // names only
    while (!idle.prepare({ timeRemaining: () => 0 }));
    prepared[5].definition = 'Zyxwvutsr was added after prepare().';
    // The index searched is the one prepare() built: the old text is still found, the new word is not.
    expect(idle.search('zyxwvutsr')).to.deep.equal([]);
    expect(idle.search('unreal engine', { limit: 100 }).filter((h) => h.field === 'definition')).to.have.length(40);
    // Without prepare(), the first definition query reads the definitions as they are then.
    const lazy = copy();
    const later = buildSearchIndex(lazy);
    later.search('x');
    lazy[5].definition = 'Zyxwvutsr was added before the first definition query.';
    expect(later.search('zyxwvutsr').map((h) => h.entry.id)).to.deep.equal([lazy[5].id]);
  });

  it('finds exactly the entries whose definition holds a word', () => {
    const index = buildSearchIndex(many);
    for (const [word, re] of [
      ['unreal', /\bunreal/i],
      ['dialogue', /\bdialogue/i],
      ['interchange', /\binterchange/i],
      ['metadata', /\bmetadata/i],
    ] as const) {
      const expected = many
        .filter((e) => re.test(e.definition))
        .map((e) => e.id)
        .sort();
      expect(expected.length, word).to.be.greaterThan(0);
      const found = index
        .search(word, { limit: 5000 })
        .filter((h) => re.test(h.entry.definition))
        .map((h) => h.entry.id)
        .sort();
      expect(found, word).to.deep.equal(expected);
    }
  });
});

describe('core: search does not hide its own failures', () => {
  it('an engine failure is not hidden as "no results": search() and prepare() let it through', () => {
    // A definition the engine cannot read (a getter that throws): only reachable through
    // buildSearchIndex (createGlossary copies entries into plain data), but a bug inside the engine
    // surfaces the same way, and a test must see it.
    const broken = g.entries.map((e) => ({ ...e }));
    Object.defineProperty(broken[3], 'definition', {
      get() {
        throw new Error('engine bug');
      },
    });
    expect(() => buildSearchIndex(broken).prepare()).to.throw('engine bug');
    expect(() => buildSearchIndex(broken).search('unreal engine')).to.throw('engine bug');
  });
});

describe('core: search never throws', () => {
  const bad = ['', '   ', '<script>alert(1)</script>', '.*+?^${}()|[]\\', '"><img src=x onerror=alert(1)>', '🎬🎞️🍿', '색보정', '\u0000\uffff\ud800', 'a'.repeat(MAX_QUERY_LENGTH + 1)];

  for (const q of bad) {
    it(`handles ${JSON.stringify(q.slice(0, 30))}`, async () => {
      const hits = index.search(q);
      expect(hits).to.be.an('array');
      expect(await index.suggest(q)).to.be.an('array');
    });
  }

  it('returns nothing for empty input, punctuation alone, emoji and text in other scripts', () => {
    for (const q of ['', '   ', '.*+?^${}()|[]\\', '+', '🎬🎞️🍿', '색보정']) expect(index.search(q), JSON.stringify(q)).to.deep.equal([]);
    expect(index.search(null as unknown as string)).to.deep.equal([]);
    expect(index.search(42 as unknown as string)).to.deep.equal([]);
  });

  it('"<script>" is searched as the word "script", and results are plain text', () => {
    const hits: SearchHit[] = index.search('<script>');
    for (const h of hits) expect(h.snippet).not.to.contain('<script>');
  });
});

describe('core: suggest and caching', () => {
  it('suggests the nearest names, looser than search', async () => {
    expect((await index.suggest('lutt')).map((e) => e.id)).to.include('lut');
    expect((await index.suggest('dolbee vizion')).map((e) => e.id)).to.include('dolby-vision');
    expect(await index.suggest('lutt', 1)).to.have.length(1);
    expect(await index.suggest('', 3)).to.deep.equal([]);
  });

  it('suggests nothing rather than unrelated terms', async () => {
    // Nothing in the glossary is a gaffer tape, a banana or a container orchestrator: fuse.js used to
    // offer LTO ("Linear Tape-Open") and After Effects for the first, White Balance for the second.
    for (const q of ['gaffer tape', 'banana', 'kubernetes', 'espresso machine', 'xylophone quokka marzipan wombat']) {
      expect(index.search(q), q).to.deep.equal([]);
      expect(
        (await index.suggest(q)).map((e) => e.term),
        q,
      ).to.deep.equal([]);
    }
  });

  it('still suggests what a misspelling meant', async () => {
    for (const [q, id] of [
      ['dolbee vizion', 'dolby-vision'],
      ['rotoscopyyyyy', 'rotoscoping'],
      ['aftr efects', 'after-effects'],
      ['colr gradng', 'color-grading'],
      ['hdr tenplus', 'hdr10-plus'],
    ]) {
      expect(
        (await index.suggest(q)).map((e) => e.id),
        q,
      ).to.include(id);
    }
  });

  it('resolves nothing once aborted (the reader typed on)', async () => {
    const big = buildSearchIndex(generateTerms(3_000));
    const stop = new AbortController();
    const pending = big.suggest('rotoscopyyyyy', 3, { signal: stop.signal });
    stop.abort();
    expect(await pending).to.deep.equal([]);
    expect((await big.suggest('rotoscopyyyyy')).map((e) => e.id)).to.include('rotoscoping');
  });

  it('keeps one index per glossary', () => {
    expect(createSearchIndex(g)).to.equal(index);
    const other = createGlossary(g.entries);
    expect(createSearchIndex(other)).not.to.equal(index);
    expect(createSearchIndex(other).search('lut')[0].entry.id).to.equal('lut');
  });
});
