import { expect } from '@open-wc/testing';
import { errors, expectOneWorkingSet, expectProviderReachesTerm, loadCdn } from './helpers.js';

// A CMS page with the CDN <script> in the theme and again in an article: the file runs twice.
describe('the CDN file loaded twice', () => {
  it('raises no error and leaves one working set of elements', async () => {
    await loadCdn();
    const first = customElements.get('post-term');
    await loadCdn('?again');
    expect(customElements.get('post-term'), 'the first registration stays').to.equal(first);
    await expectOneWorkingSet();
    await expectProviderReachesTerm();
    expect(errors).to.deep.equal([]);
  });
});
