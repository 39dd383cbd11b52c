import { expect } from '@open-wc/testing';
import { defined, errors, expectOneWorkingSet, expectProviderReachesTerm, loadCdn, mount } from './helpers.js';

// A CMS page with the CDN <script> in the theme and again in an article: the file runs twice.
describe('the CDN file loaded twice', () => {
  it('raises no error and leaves one working set of elements', async () => {
    await loadCdn();
    const term = mount('<post-term>LUT</post-term>');
    const first = await defined('post-term');
    await loadCdn('?again');
    expect(customElements.get('post-term'), 'the first registration stays').to.equal(first);
    term.remove();
    await expectOneWorkingSet();
    await expectProviderReachesTerm();
    expect(errors).to.deep.equal([]);
  });
});
