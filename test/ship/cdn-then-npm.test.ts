import { expect } from '@open-wc/testing';
import { defined, errors, expectOneWorkingSet, expectProviderReachesTerm, loadCdn, mount } from './helpers.js';

// A page has the CDN file, then an app module imports every npm entry.
describe('the npm entries after the CDN file', () => {
  it('raises no error and the CDN registrations keep working', async () => {
    await loadCdn();
    const term = mount('<post-term>LUT</post-term>');
    const cdnPostTerm = await defined('post-term');
    term.remove();
    const npm = await import('../../src/index.js');
    expect(npm.PostTerm, 'a second copy was evaluated').to.not.equal(cdnPostTerm);
    expect(customElements.get('post-term'), 'the CDN registration stays').to.equal(cdnPostTerm);
    await expectOneWorkingSet();
    await expectProviderReachesTerm();
    expect(errors).to.deep.equal([]);
  });
});
