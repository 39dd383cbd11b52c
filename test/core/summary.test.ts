import { expect } from '@open-wc/testing';
import { sentences, summarize, firstSentence } from '../../src/core/summary.js';
import { bundledTerms } from '../../src/core/bundled.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('core: short forms of definitions', () => {
  it('splits sentences, not abbreviations', () => {
    const text = 'Synced by 7 a.m. Korea time. Graded in Rec. 709, e.g. for TV. Done! “Quoted” next. 4K masters. 다음 문장.';
    expect(sentences(text).map((s) => s.trim())).to.deep.equal(['Synced by 7 a.m. Korea time.', 'Graded in Rec. 709, e.g. for TV.', 'Done!', '“Quoted” next.', '4K masters.', '다음 문장.']);
    expect(sentences(text).join('')).to.equal(text);
    expect(firstSentence(text)).to.equal('Synced by 7 a.m. Korea time.');
  });

  it('keeps whole sentences up to about 40 words, and short + rest is the text', () => {
    for (const t of bundledTerms) {
      const { short, rest } = summarize(t.definition);
      expect(short + rest, t.id).to.equal(t.definition);
      if (!rest) continue;
      expect(short, t.id).to.match(/[.!?]["”’)]*$/);
      expect(words(short) <= 40 || short === firstSentence(t.definition), `${t.id}: ${words(short)} words`).to.equal(true);
    }
    expect(summarize('A short definition. Two sentences.')).to.deep.equal({ short: 'A short definition. Two sentences.', rest: '' });
  });
});
