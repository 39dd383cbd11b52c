import { css } from '@lit/reactive-element';

// The article stays in the light DOM and keeps the page's own styles; the element is a plain block.
export const styles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
`;
