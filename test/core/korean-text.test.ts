import { expect } from '@open-wc/testing';
import { createGlossary, getBundledGlossary, bundledTerms } from '../../src/core/index.js';
import { createSearchIndex } from '../../src/core/search.js';

const g = getBundledGlossary();

// A Korean blog post about a finishing job, written the way the studio's writers write: Latin names
// with particles and endings attached, a name glossed in parentheses, a few Hangul loan words.
const ARTICLE =
  '지난달 마친 드라마 〈야간 시장〉의 후반 작업 과정을 정리해 본다. 촬영장에서는 DIT가 매일 카메라 원본을 백업하고, ' +
  '감독이 고른 룩을 담은 LUT를 적용해 데일리를 만들었다. 편집팀은 Avid Media Composer에서 프록시로 편집을 진행했고, ' +
  '픽처 락 이후에는 EDL과 AAF를 넘겨받아 온라인 작업을 시작했다. 컨폼(Conform)은 DaVinci Resolve에서 진행했는데, ' +
  '교체된 VFX 샷이 많아 타임코드를 하나하나 다시 맞춰야 했다. 색보정은 Dolby Vision으로 마스터링했고, 스트리밍 ' +
  '플랫폼의 요구에 맞춰 HDR10+로도 별도 버전을 만들었다. 사운드 팀은 Pro Tools에서 ADR을 녹음하고 폴리 작업을 마친 ' +
  '뒤 최종 믹스를 진행했다. 마지막으로 ProRes 4444 파일과 함께 IMF 패키지를 만들어 납품했고, 리뷰용 영상은 ' +
  'Frame.io에 올려 해외 클라이언트와 공유했다. 일정은 빠듯했지만 촬영 현장부터 납품까지 같은 색 관리 원칙을 ' +
  '지킨 덕분에 큰 문제 없이 마무리할 수 있었다. 다음 시즌에는 같은 파이프라인을 그대로 쓰되, 데일리 단계부터 ' +
  '클라이언트가 직접 색을 확인할 수 있도록 리뷰 환경을 조금 더 다듬어 볼 생각이다.';

describe('core: Korean text', () => {
  it('the article is a realistic paragraph (about 150 words)', () => {
    expect(ARTICLE.split(/\s+/).length).to.be.within(130, 170);
  });

  it('links each term in a Korean paragraph, not the particle after it: exactly these fifteen mentions', () => {
    const found = g.findMentions(ARTICLE);
    expect(found.map((m) => [m.id, m.text])).to.deep.equal([
      ['dit', 'DIT'],
      ['lut', 'LUT'],
      ['avid-media-composer', 'Avid Media Composer'],
      ['edl', 'EDL'],
      ['aaf', 'AAF'],
      ['conform', 'Conform'],
      ['davinci-resolve', 'DaVinci Resolve'],
      ['vfx', 'VFX'],
      ['dolby-vision', 'Dolby Vision'],
      ['hdr10-plus', 'HDR10+'],
      ['pro-tools', 'Pro Tools'],
      ['adr', 'ADR'],
      ['prores', 'ProRes 4444'],
      ['imf', 'IMF'],
      ['frame-io', 'Frame.io'],
    ]);
    // Offsets are the text's own: the particle right after each mention is left outside it.
    for (const m of found) expect(ARTICLE.slice(m.start, m.end)).to.equal(m.text);
    const after = (name: string) => ARTICLE[found.find((m) => m.text === name)!.end];
    expect([after('LUT'), after('DaVinci Resolve'), after('Conform'), after('HDR10+')]).to.deep.equal(['를', '에', ')', '로']);
  });

  it('the four forms of the issue: "LUT를", "DaVinci Resolve에서", "컨폼(Conform)은", "HDR10+로"', () => {
    const texts = (t: string) => g.findMentions(t, { all: true }).map((m) => t.slice(m.start, m.end));
    expect(texts('LUT를')).to.deep.equal(['LUT']);
    expect(texts('DaVinci Resolve에서')).to.deep.equal(['DaVinci Resolve']);
    expect(texts('컨폼(Conform)은')).to.deep.equal(['Conform']);
    expect(texts('HDR10+로')).to.deep.equal(['HDR10+']);
    expect(g.findMentions('HDR10+로').map((m) => m.id)).to.deep.equal(['hdr10-plus']);
  });

  it('a Latin name inside a Hangul word is still whole-word for its Latin part', () => {
    const ids = (t: string) => g.findMentions(t, { all: true }).map((m) => m.id);
    expect(ids('3D LUT들을 만들고 색LUT는 지웠다')).to.deep.equal(['lut', 'lut']);
    // Latin letters run on: not the name.
    expect(ids('XLUT를, LUTX로, HDRI를, ADRX의')).to.deep.equal([]);
    // HDR10+ before a Latin letter stays HDR10 (as in English text).
    expect(g.findMentions('HDR10+Dolby').map((m) => m.text)).to.deep.equal(['HDR10']);
  });

  it("finds a site's Hangul names with their particles and endings left off", () => {
    const { entries } = createGlossary([
      ...bundledTerms,
      { id: 'dailies-ko', term: '데일리', letter: '#', category: 'workflow', definition: '촬영 다음 날 아침까지 받아 보는 편집·리뷰용 영상.' },
      { id: 'proxy-ko', term: '프록시', letter: '#', category: 'workflow', definition: '편집용 저용량 사본.' },
      { id: 'picture-lock-ko', term: '픽처 락', letter: '#', category: 'editorial', definition: '편집이 확정된 상태.' },
      { id: 'grading-ko', term: '색보정', aliases: ['color grading'], letter: '#', category: 'color', definition: '영상의 색을 다듬는 작업.' },
    ]);
    const site = createGlossary(entries).entries;
    const matcher = createGlossary(site);
    const found = matcher.entries.length && matcher.findMentions(ARTICLE);
    const ko = (found || []).filter((m) => m.id.endsWith('-ko')).map((m) => m.text);
    expect(ko).to.deep.equal(['데일리', '프록시', '픽처 락', '색보정']);
    const texts = (t: string) => matcher.findMentions(t, { all: true }).map((m) => m.text);
    expect(texts('색보정한 영상, 프록시들을 지우고, 데일리에서는')).to.deep.equal(['색보정', '프록시', '데일리']);
    // Not a particle: a longer word is another word.
    expect(texts('색보정기와 프록시서버')).to.deep.equal([]);
  });
});

describe('core: search with Hangul', () => {
  const site = createGlossary([
    ...bundledTerms,
    { id: 'grading-ko', term: '색보정', aliases: ['color grading'], letter: '#', category: 'color', definition: '영상의 색을 다듬는 작업. DaVinci Resolve에서 한다.' },
    { id: 'conform-ko', term: '컨폼', aliases: ['conforming'], letter: '#', category: 'editorial', definition: '편집본을 원본 소스로 다시 맞추는 작업.' },
  ]);
  const index = createSearchIndex(site);
  const ids = (q: string) => index.search(q, { limit: 5 }).map((h) => h.entry.id);

  it('finds a Hangul entry by its name, a prefix of it, and its English alias', () => {
    expect(ids('색보정')[0]).to.equal('grading-ko');
    expect(ids('색보')[0]).to.equal('grading-ko');
    expect(ids('color grading')).to.include('grading-ko');
    expect(ids('컨폼')[0]).to.equal('conform-ko');
    expect(ids('컨')[0]).to.equal('conform-ko');
  });

  it('highlights the Hangul letters that matched', () => {
    const hit = index.search('색보', { limit: 1 })[0];
    expect(hit.matchedText.slice(...hit.nameMatches[0])).to.equal('색보');
  });

  it('finds words of Hangul definitions, particles and all', () => {
    expect(ids('원본 소스')).to.include('conform-ko');
    expect(ids('작업')).to.have.members(['grading-ko', 'conform-ko']);
  });

  it('never throws on Hangul queries: whole syllables, loose jamo, mixed scripts, a particle', () => {
    for (const q of ['ㅅ', 'ㅅㅂㅈ', '색보정을', 'LUT를', '색 보정', '컨퓸', '\u1109\u1162\u11a8', 'ᄒ'.repeat(200)]) {
      expect(() => index.search(q)).not.to.throw();
      expect(() => index.suggest(q)).not.to.throw();
    }
    expect(ids('LUT를')[0]).to.equal('lut');
    expect(ids('색보정을')[0]).to.equal('grading-ko');
  });

  it('typo tolerance does not work across decomposed jamo: one wrong syllable is not a near miss of an unrelated name', () => {
    // "색보장" differs from "색보정" by one vowel; NFKD would split the syllables into jamo and let
    // edit distance match unrelated words. Whole syllables are compared instead.
    expect(ids('색조')).not.to.include('grading-ko');
    expect(ids('컨트')).not.to.include('conform-ko');
  });
});
