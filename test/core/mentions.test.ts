import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary, bundledTerms } from '../../src/core/index.js';

const g = getBundledGlossary();
const ids = (text: string, options?: Parameters<typeof g.findMentions>[1]) => g.findMentions(text, options).map((m) => m.id);
const texts = (text: string) => g.findMentions(text).map((m) => m.text);

describe('core: findMentions', () => {
  it('prefers the longest name: Dolby Vision over Dolby, HDR10+ over HDR10 over HDR', () => {
    expect(texts('Mastered in Dolby Vision and HDR10+, with an HDR10 and HDR fallback.')).to.deep.equal(['Dolby Vision', 'HDR10+', 'HDR10', 'HDR']);
    expect(ids('HDR10+ then HDR10')).to.deep.equal(['hdr10-plus', 'hdr10']);
  });

  it('matches whole words only', () => {
    expect(ids('The ladder and the nuclear option are not terms.')).to.deep.equal([]);
    expect(ids('ADRs are booked; a cadre is not.')).to.deep.equal(['adr']);
  });

  it('matches acronyms only as written, ordinary words in any case', () => {
    expect(ids('we ran adr and lut passes')).to.deep.equal([]);
    expect(ids('we ran ADR and LUT passes')).to.deep.equal(['adr', 'lut']);
    expect(ids('COLOR GRADING and color grading')).to.deep.equal(['color-grading']);
    expect(texts('the color grading took a week')).to.deep.equal(['color grading']);
  });

  it('matches proper names that are also words only as written (case-sensitive entries)', () => {
    expect(ids('We will resolve the nuke of the premiere.')).to.deep.equal([]);
    expect(ids('We cut in Premiere and comped in Nuke, then graded in Resolve.')).to.deep.equal(['premiere-pro', 'nuke', 'davinci-resolve']);
  });

  it('finds plurals: LUTs, proxies, KDMs, color spaces', () => {
    expect(texts('Two LUTs, some proxies, the KDMs and both color spaces.')).to.deep.equal(['LUTs', 'proxies', 'KDMs', 'color spaces']);
  });

  it('forgives the punctuation inside a name: Rec.709, Rec. 709, LKFS / LUFS, Frame.io', () => {
    expect(ids('Rec.709 and later Rec. 2020')).to.deep.equal(['rec-709', 'rec-2020']);
    expect(ids('Measured in LKFS / LUFS on Frame.io')).to.deep.equal(['lkfs-lufs', 'frame-io']);
    // Words of a name never span a sentence break.
    expect(ids('We shot in color. Space was tight.')).to.deep.equal([]);
    expect(ids('We shot in color space.')).to.deep.equal(['color-space']);
  });

  it('reads a name wrapped over two lines of HTML source as one name; a blank line ends it', () => {
    expect(texts('mastered for Dolby\n          Vision and\r\n  Color   Grading')).to.deep.equal(['Dolby\n          Vision', 'Color   Grading']);
    expect(ids('a color\n\nspace')).to.deep.equal([]);
    expect(ids('We shot in color.\nSpace was tight.')).to.deep.equal([]);
  });

  it('whole words also around punctuation: LUT-based, Avid’s, HDRI is not HDR, LUTS in capitals', () => {
    expect(texts('a LUT-based look cut on Avid’s bins')).to.deep.equal(['LUT', 'Avid']);
    expect(ids('HDRI maps, DCPs and VFX-heavy shots')).to.deep.equal(['dcp', 'vfx']);
    expect(texts('TWO LUTS')).to.deep.equal(['LUTS']);
  });

  it('does not link a term that is only part of a longer capitalised name that is not a term', () => {
    // The ACES definition: "DaVinci Wide Gamut" is a colour space, neither DaVinci Resolve nor Gamut.
    const aces = g.get('aces')!;
    const linked = g.findMentions(aces.definition, { exclude: ['aces'], all: true }).map((m) => m.text);
    expect(linked).to.not.include('DaVinci');
    expect(linked).to.not.include('Wide Gamut');
    expect(linked).to.include.members(['Rec.709', 'Dolby Vision', 'color grading']);
    expect(ids('They work in ACES or DaVinci Wide Gamut.')).to.deep.equal(['aces']);
    // The name on either side: a codec variant, a brand before a term.
    expect(ids('Common proxy formats include ProRes Proxy and DNxHR LB.')).to.deep.equal(['proxy', 'dnxhr']);
    expect(ids('the Sony Venice Dolby Vision Workflow guide')).to.deep.equal([]);
    // The whole name is the term: linked as before.
    expect(ids('We graded in DaVinci Resolve and mastered in Dolby Vision.')).to.deep.equal(['davinci-resolve', 'dolby-vision']);
    // A capital that only starts the sentence does not make a longer name.
    expect(ids('In DaVinci Resolve, the grade. Then Dolby Vision trims.')).to.deep.equal(['davinci-resolve', 'dolby-vision']);
    // Acronyms and lower-case mentions are not capitalised names: a brand next to them changes nothing.
    expect(ids('a Netflix IMF package with a wide gamut Rec.2020 master')).to.deep.equal(['imf', 'gamut', 'rec-2020']);
    // Punctuation between the words separates the names.
    expect(ids('Tools: Avid, DaVinci, Nuke.')).to.deep.equal(['avid-media-composer', 'davinci-resolve', 'nuke']);
  });

  it('reports the first mention of each term only, unless all is set', () => {
    const text = 'The LUT, another LUT, and a third LUT.';
    expect(g.findMentions(text).map((m) => [m.start, m.end])).to.deep.equal([[4, 7]]);
    expect(ids(text, { all: true })).to.deep.equal(['lut', 'lut', 'lut']);
  });

  it('a later mention of a seen term is not re-read as a shorter term', () => {
    // The second "Dolby Vision" is skipped, and its "Dolby" is not then taken for something else.
    expect(texts('Dolby Vision here, Dolby Vision there, Dolby Atmos too.')).to.deep.equal(['Dolby Vision', 'Dolby Atmos']);
  });

  it('skips excluded ids and shares a seen set across calls', () => {
    expect(ids('LUT and CDL', { exclude: ['lut'] })).to.deep.equal(['cdl']);
    const seen = new Set<string>();
    expect(ids('A LUT here.', { seen })).to.deep.equal(['lut']);
    expect(ids('A LUT and a CDL there.', { seen })).to.deep.equal(['cdl']);
  });

  it('gives offsets that slice back to the text as written', () => {
    const text = 'Graded in DaVinci Resolve — 色 — with HDR10+ trims.';
    for (const m of g.findMentions(text)) expect(text.slice(m.start, m.end)).to.equal(m.text);
  });

  it('handles odd input without throwing', () => {
    expect(g.findMentions('')).to.deep.equal([]);
    expect(g.findMentions(undefined as unknown as string)).to.deep.equal([]);
    expect(g.findMentions('🎬'.repeat(1000) + ' LUT')).to.have.length(1);
    expect(g.findMentions('<script>alert("LUT")</script>').map((m) => m.text)).to.deep.equal(['LUT']);
  });

  it('uses the glossary it belongs to', () => {
    const custom = createGlossary([{ id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras.' }, bundledTerms.find((t) => t.id === 'lut')]);
    expect(custom.findMentions('The grip set the LUT; DaVinci Resolve stayed home.').map((m) => m.id)).to.deep.equal(['grip', 'lut']);
  });

  it('cross-links a definition without naming its own entry', () => {
    const dit = g.get('dit')!;
    const found = g.findMentions(dit.definition, { exclude: [dit.id] }).map((m) => m.id);
    expect(found).to.not.include('dit');
    expect(found).to.include.members(['dailies', 'cdl', 'lut']);
  });
});
