import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import * as postTermEntry from '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { runCommonJs } from './cjs.js';
import { cardShowing, hover, readmeSnippet, trigger } from './readme.js';
import { pressKey, waitForStill } from '../helpers.js';

// test/frameworks/react-snippet.generated.js is the README's `snippet:react` block compiled by
// scripts/gen-docs.mjs (JSX → JS); test/node/docs.test.mjs fails when it is not the README's code.
const SNIPPET = '/test/frameworks/react-snippet.generated.js';

describe('README: React 19', () => {
  let host: HTMLElement;

  before(async () => {
    host = document.createElement('div');
    host.id = 'article';
    document.body.append(host);
    const code = await (await fetch(SNIPPET)).text();
    await runCommonJs(code, SNIPPET, { 'post-glossary/post-term': postTermEntry });
    await waitUntil(() => host.querySelectorAll('post-term').length === 2, 'React did not render the README component');
  });

  after(async () => {
    await resetMouse();
    host.remove();
  });

  it('the README snippet is the compiled code under test', async () => {
    const jsx = await readmeSnippet('react');
    expect(jsx).to.contain("import 'post-glossary/post-term'");
    expect(jsx).to.contain('onpost-term-open={remember}');
  });

  it('renders the terms with React props as element properties and attributes', async () => {
    const [dolby, imf] = host.querySelectorAll<PostTerm>('post-term');
    await dolby.updateComplete;
    expect(dolby.delay, 'delay={150} set as the number property').to.equal(150);
    expect(dolby.entry?.id).to.equal('dolby-vision');
    expect(imf.getAttribute('glossary-href')).to.equal('/glossary');
    expect(imf.entry?.id).to.equal('imf');
    expect(host.textContent).to.contain('Terms looked up: none');
  });

  it('a hovered term opens its card and the onpost-term-open handler updates the component', async () => {
    // `term` arrives as a property (React 19 sets props the element has), so no attribute to select by.
    const dolby = host.querySelectorAll<PostTerm>('post-term')[0];
    expect(dolby.hasAttribute('term')).to.equal(false);
    await hover(dolby);
    await waitUntil(() => cardShowing(dolby), 'card did not open on hover');
    await waitUntil(() => host.textContent!.includes('Terms looked up: dolby-vision'), 'handler did not run');
    await pressKey('Escape');
    await waitUntil(() => !cardShowing(dolby), 'Esc did not close the card');
  });

  it('a click opens the second term, with the glossary link from its attribute, and its handler runs too', async () => {
    const imf = host.querySelectorAll<PostTerm>('post-term')[1];
    // In view and still before a real click (engines' fonts differ: it may sit lower in one).
    trigger(imf).scrollIntoView({ block: 'center' });
    await waitForStill(trigger(imf));
    const r = trigger(imf).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await waitUntil(() => cardShowing(imf), 'card did not open on click');
    await waitUntil(() => host.textContent!.includes('Terms looked up: dolby-vision, imf'), 'handler did not run');
    const link = imf.shadowRoot!.querySelector<HTMLAnchorElement>('[part=card-links] a');
    expect(link?.href, 'glossary-href reached the element').to.equal(new URL('/glossary#imf', location.href).href);
    await pressKey('Escape');
  });
});
