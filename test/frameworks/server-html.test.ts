import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import type { PostTerm } from '../../src/post-term.js';
import { CDN_URL, LOCAL_BUNDLE, cardShowing, hover, readmeSnippet } from './readme.js';
import { pressKey } from '../helpers.js';

describe('README: server-rendered HTML', () => {
  let container: HTMLElement;
  const beacons: [string, string][] = [];
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'sendBeacon')!;

  before(async () => {
    const html = await readmeSnippet('html');
    expect(html).to.contain(CDN_URL);
    // The analytics endpoint is the page's own; record what the README's listener sends.
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: (url: string, body: string) => {
        beacons.push([url, body]);
        return true;
      },
    });
    container = document.createElement('div');
    document.body.append(container);
    // As the server sent it (scripts run), with the CDN file served from this repository.
    container.append(document.createRange().createContextualFragment(html.replace(CDN_URL, LOCAL_BUNDLE)));
    await customElements.whenDefined('glossary-autolink');
    await waitUntil(() => container.querySelectorAll('article post-term').length >= 4, 'the article was not linked');
  });

  after(async () => {
    delete (navigator as unknown as Record<string, unknown>).sendBeacon;
    Object.defineProperty(Navigator.prototype, 'sendBeacon', original);
    await resetMouse();
    container.remove();
  });

  it('links the first mention of each known term, keeps the heading and the text as written', () => {
    const article = container.querySelector('article')!;
    const linked = [...article.querySelectorAll<PostTerm>('post-term')].map((t) => t.textContent);
    expect(linked).to.include.members(['Picture lock', 'AAF', 'Dolby Vision', 'IMF package', '-24 LKFS']);
    expect(article.querySelector('h1 post-term')).to.equal(null);
    expect(article.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).to.equal(
      'Picture lock came in March. We conformed the cut from the AAF, graded in Dolby Vision and delivered an IMF package with a -24 LKFS stereo mix.',
    );
    const made = article.querySelector<PostTerm>('post-term[term="dolby-vision"]')!;
    expect(made.getAttribute('glossary-href'), 'glossary-href passed on by the autolinker').to.equal('/glossary');
  });

  it('a hovered term opens its card and the page script sends the analytics beacon', async () => {
    const term = container.querySelector<PostTerm>('article post-term[term="dolby-vision"]')!;
    await hover(term);
    await waitUntil(() => cardShowing(term), 'card did not open on hover');
    await waitUntil(() => beacons.length > 0, 'no beacon');
    expect(beacons[0][0]).to.equal('/analytics');
    expect(JSON.parse(beacons[0][1])).to.deep.equal({ event: 'glossary_card_open', term: 'dolby-vision' });
    const link = term.shadowRoot!.querySelector<HTMLAnchorElement>('[part=card-links] a');
    expect(link?.href).to.equal(new URL('/glossary#dolby-vision', location.href).href);
    await pressKey('Escape');
    await waitUntil(() => !cardShowing(term), 'Esc did not close the card');
  });
});
