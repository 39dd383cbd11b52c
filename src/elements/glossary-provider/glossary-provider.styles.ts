import { css } from 'lit';

// The provider adds no box of its own: it wraps a page, a section or a sentence without changing
// its layout.
export const styles = css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none !important;
  }
`;
