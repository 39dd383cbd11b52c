// The provider's script loads after the elements inside it have upgraded (a second <script>, or
// `post-glossary` registering <post-term> before <glossary-provider>). Nothing in this file may
// import the provider statically.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/post-term.js';
import type { PostTerm } from '../../src/post-term.js';
import { GlossaryController } from '../../src/internal/glossary-controller.js';

class LateConsumer extends LitElement {
  glossaryController = new GlossaryController(this);
  override render() {
    const g = this.glossaryController.glossary;
    return litHtml`<span class="def">${g.lookup('grip')?.definition ?? '(none)'}</span><span class="href">${this.glossaryController.glossaryHref() ?? ''}</span>`;
  }
}
customElements.define('late-consumer', LateConsumer);

class LateHost extends LitElement {
  override render() {
    return litHtml`<late-consumer></late-consumer>`;
  }
}
customElements.define('late-host', LateHost);

const GRIP = { id: 'grip', term: 'Grip', category: 'industry', definition: 'Crew who rig cameras and lights.' };
const def = (c: Element) => c.shadowRoot!.querySelector('.def')!.textContent;

describe('<glossary-provider> defined after its consumers', () => {
  it('reaches consumers (light DOM, shadow DOM, real <post-term>) that upgraded before it', async () => {
    expect(customElements.get('glossary-provider'), 'the provider must not be defined yet').to.equal(undefined);
    const el = await fixture(html`<glossary-provider glossary-href="/glossary">
      <late-consumer></late-consumer>
      <late-host></late-host>
      <p>The <post-term>grips</post-term> arrived.</p>
    </glossary-provider>`);
    // Properties set before the upgrade are kept by Lit and applied when it upgrades.
    (el as unknown as { terms: unknown[] }).terms = [GRIP];
    const light = el.querySelector<LateConsumer>('late-consumer')!;
    const host = el.querySelector<LateHost>('late-host')!;
    await host.updateComplete;
    const shadow = host.shadowRoot!.querySelector<LateConsumer>('late-consumer')!;
    const term = el.querySelector<PostTerm>('post-term')!;
    await Promise.all([light.updateComplete, shadow.updateComplete, term.updateComplete]);
    // Before: no provider answered, so they use the bundled dataset, which has no "grip".
    expect(def(light)).to.equal('(none)');
    expect(def(shadow)).to.equal('(none)');
    expect(term.entry).to.equal(undefined);

    await import('../../src/glossary-provider.js');
    await waitUntil(() => def(light) === GRIP.definition, 'light-DOM consumer never reached');
    await waitUntil(() => def(shadow) === GRIP.definition, 'shadow-DOM consumer never reached');
    await waitUntil(() => term.entry?.id === 'grip', '<post-term> never reached');
    expect(light.shadowRoot!.querySelector('.href')!.textContent).to.equal('/glossary');
  });
});
