import { css } from '@lit/reactive-element';

/**
 * Shared design tokens. Every public knob is a `--post-glossary-*` custom property; the private
 * `--_*` copies hold the resolved value with its light/dark default. `light-dark()` follows the
 * reader's `prefers-color-scheme` (through `color-scheme: light dark`); the `theme` attribute
 * (`light` | `dark`) pins one. Defaults meet WCAG AA contrast on their own surface.
 *
 * `themeTokens` is the declarations alone, for an element that applies them below its host (the
 * term's card).
 */
export const themeTokens = css`
  color-scheme: light dark;
  --_accent: var(--post-glossary-accent, light-dark(#0b57d0, #a8c7fa));
  --_text: var(--post-glossary-text, light-dark(#1f1f1f, #e3e3e3));
  --_muted: var(--post-glossary-muted, light-dark(#5f6368, #bdc1c6));
  --_surface: var(--post-glossary-surface, light-dark(#ffffff, #202124));
  --_border: var(--post-glossary-border, light-dark(#c4c7c5, #5f6368));
  --_highlight: var(--post-glossary-highlight, light-dark(#fff1a8, #5c4b00));
  --_radius: var(--post-glossary-radius, 8px);
  --_font: var(--post-glossary-font, inherit);
  --_focus: var(--post-glossary-focus, light-dark(#0b57d0, #a8c7fa));
`;

/** Forced-colors (Windows High Contrast) values for the tokens. */
export const forcedColorTokens = css`
  --_accent: LinkText;
  --_text: CanvasText;
  --_muted: CanvasText;
  --_surface: Canvas;
  --_border: CanvasText;
  --_highlight: Mark;
  --_highlight-text: MarkText;
  --_focus: Highlight;
`;

export const themeStyles = /* @__PURE__ */ css`
  :host {
    ${themeTokens}
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    :host {
      ${forcedColorTokens}
    }
  }
`;
