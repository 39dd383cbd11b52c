/**
 * The reader controls' UI strings (English), in one place so they can join the per-language string
 * tables.
 */
export const READER_STRINGS = {
  /** The card's control that turns previews off. */
  previewsOff: "Don't show previews",
  /** The card, once previews are off. */
  previewsAreOff: 'Previews are off on this site.',
  /** The card's control (and the way back) that turns previews on. */
  previewsOn: 'Show previews',
  /** `<glossary-preferences>`: the switch's label. */
  showPreviews: 'Show term previews',
  /** `<glossary-preferences mark-read>`: the button that clears read marks. */
  forgetRead: "Forget terms I've read",
  /** Announced once read marks are cleared. */
  readForgotten: 'Done: no term is marked as read.',
};
