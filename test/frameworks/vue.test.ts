import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { PostTerm } from '../../src/post-term.js';
import { CDN_URL, LOCAL_BUNDLE, cardShowing, hover, readmeSnippet } from './readme.js';
import { pressKey } from '../helpers.js';

const VUE_CDN = 'https://unpkg.com/vue@3/dist/vue.esm-browser.js';
const VUE_LOCAL = new URL('/node_modules/vue/dist/vue.esm-browser.js', location.href).href;

describe('README: Vue 3 (createApp, no build step)', () => {
  let container: HTMLElement;
  const warnings: string[] = [];
  const warn = console.warn;

  before(async () => {
    const html = await readmeSnippet('vue');
    // The README's page, served from here: the same markup and scripts, with the two CDN URLs
    // pointing at this repository's Vue and source.
    const cdnTag = `<script type="module" src="${CDN_URL}"></script>`;
    expect(html).to.contain(VUE_CDN);
    expect(html).to.contain(cdnTag);
    const [before, after] = html.split(cdnTag);
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn.apply(console, args);
    };
    container = document.createElement('div');
    document.body.append(container);
    // The worst load order: Vue mounts before the elements are defined (the README's point of
    // setting isCustomElement). A contextual fragment runs its scripts, as a served page would.
    container.append(document.createRange().createContextualFragment(before + after.replace(VUE_CDN, VUE_LOCAL)));
    await waitUntil(() => container.querySelector('#article')?.textContent?.includes('Terms looked up: none'), 'Vue did not mount the README app', { timeout: 4000 });
    expect(customElements.get('post-term'), 'defined before Vue mounted').to.equal(undefined);
    container.append(document.createRange().createContextualFragment(cdnTag.replace(CDN_URL, LOCAL_BUNDLE)));
    await customElements.whenDefined('post-term');
  });

  after(async () => {
    console.warn = warn;
    await resetMouse();
    container.remove();
  });

  it('Vue renders <post-term> as the custom element, with no component-resolution warning', async () => {
    const term = container.querySelector<PostTerm>('#article post-term')!;
    expect(term).to.be.instanceOf(customElements.get('post-term'));
    await term.updateComplete;
    expect(term.entry?.id).to.equal('dolby-vision');
    expect(term.delay, ':delay="150" set as the number property').to.equal(150);
    expect(warnings.filter((w) => /resolve component/i.test(w))).to.deep.equal([]);
  });

  it('a hovered term opens its card and @post-term-open updates the app', async () => {
    const term = container.querySelector<PostTerm>('#article post-term')!;
    await hover(term);
    await waitUntil(() => cardShowing(term), 'card did not open on hover');
    await waitUntil(() => container.querySelector('#article')!.textContent!.includes('Terms looked up: dolby-vision'), 'handler did not run');
    await pressKey('Escape');
    await waitUntil(() => !cardShowing(term), 'Esc did not close the card');
  });
});
