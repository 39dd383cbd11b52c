import { css } from 'lit';
import { themeStyles } from '../../internal/theme.js';
import { definitionCardStyles } from '../../internal/definition-card.js';

export const styles = [
  themeStyles,
  definitionCardStyles,
  css`
    /* Inline, and otherwise invisible to the sentence it sits in: same font, size and colour. */
    :host {
      display: inline;
    }
    .trigger {
      color: inherit;
      font: inherit;
      text-decoration-line: underline;
      text-decoration-style: var(--post-glossary-underline, dotted);
      text-decoration-color: var(--_accent);
      text-decoration-thickness: max(1px, 0.08em);
      text-underline-offset: 0.2em;
      cursor: help;
      border-radius: 2px;
      -webkit-tap-highlight-color: transparent;
    }
    .trigger:hover,
    :host([open]) .trigger {
      text-decoration-style: solid;
    }
    .trigger:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    /* The card sits in the top layer (popover), placed next to the term by script. */
    .card[popover] {
      position: fixed;
      inset: auto;
      margin: 0;
      top: 0;
      left: 0;
      opacity: 1;
      transition: opacity 120ms ease-out;
    }
    @starting-style {
      .card[popover]:popover-open {
        opacity: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .card[popover] {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .trigger {
        text-decoration-color: LinkText;
      }
      .card {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .card {
        display: none !important;
      }
    }
  `,
];
