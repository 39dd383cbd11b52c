// The search card's contents and its see-also trail: loaded the first time a card is asked for
// (most search boxes jump into an index or to the glossary page, and never show one).
export { buildDefinitionCard, DefinitionCardMemo, focusPreviewsSwitch } from '../../internal/definition-card.js';
export { CardHistory } from '../../internal/card-history.js';
