// Type-checked only (tsc --noEmit): the bare tags with `post-glossary/jsx`, the root entry's
// exports, and the events typed on document and window. Each @ts-expect-error must be an error.
import type {} from 'post-glossary/jsx';
import { lookup, search, type PostTermToggleDetail } from 'post-glossary';
import { PostTerm } from 'post-glossary/react';

export const id: string | undefined = lookup('LUTs')?.id;
export const hits: number = search('dolby visn').length;

document.addEventListener('post-term-open', (e) => console.log(e.detail.id));
window.addEventListener('glossary-select', (e) => console.log(e.detail.query));
export const detail: PostTermToggleDetail = { id: 'lut' };

export const bare = (
  <p>
    <post-term term="lut" delay={150} onpost-term-open={(e) => console.log(e.detail.id)}>LUT</post-term>
    {/* @ts-expect-error misspelt attribute */}
    <post-term dealy={150}>LUT</post-term>
    {/* @ts-expect-error delay is a number */}
    <post-term delay="soon">LUT</post-term>
    {/* @ts-expect-error the handler gets a CustomEvent<PostTermToggleDetail> */}
    <post-term onpost-term-open={(e: KeyboardEvent) => console.log(e.key)}>LUT</post-term>
    <glossary-search filter label-visible={false}></glossary-search>
  </p>
);

export const wrapped = (
  <p>
    <PostTerm term="lut" onPostTermOpen={(e) => console.log(e.detail.id)}>LUT</PostTerm>
    {/* @ts-expect-error misspelt prop */}
    <PostTerm dealy={150}>LUT</PostTerm>
    {/* @ts-expect-error the handler gets a CustomEvent<PostTermToggleDetail> */}
    <PostTerm onPostTermOpen={(e: KeyboardEvent) => console.log(e.key)}>LUT</PostTerm>
  </p>
);
