import { expect } from '@open-wc/testing';
import { PostTerm } from '../../src/post-term.js';
import { errors, expectOneWorkingSet, expectProviderReachesTerm, fetchedElements, loadCdn } from './helpers.js';

// An app bundles `post-glossary/post-term` from npm; a widget on the same page adds the CDN file.
describe('the CDN file after the npm entries', () => {
  it('raises no error, keeps the npm <post-term>, and the CDN copy adds the other elements', async () => {
    expect(customElements.get('post-term')).to.equal(PostTerm);
    await loadCdn();
    expect(customElements.get('post-term'), 'the npm registration stays').to.equal(PostTerm);
    await expectOneWorkingSet();
    // The provider comes from the CDN copy, the <post-term> from npm: one context key (Symbol.for).
    expect(customElements.get('glossary-provider')).to.not.equal(undefined);
    await expectProviderReachesTerm();
    // The page already had <post-term>: the CDN file did not download it again, not even for the autolink.
    expect(fetchedElements()).not.to.include('post-term');
    expect(errors).to.deep.equal([]);
  });
});
