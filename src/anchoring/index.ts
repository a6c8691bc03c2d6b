// Public API of the anchoring module. Text-level only: callers map DOM Ranges to offsets in the
// article text (src/page/text-model.ts) and back.
//
//   describeTextRange(text, start, end)        → [TextQuoteSelector, TextPositionSelector]
//   anchorSelectors(text, selectors, {minScore}) → { status: anchored|fuzzy|orphan, start, end, score }
//   anchorMany(text, [{id, selectors}], {signal, slicer, sliceMs, onProgress}) → same, per note, in slices
//   new TextIndex(text): pass it instead of the string to share preparation across calls.

export { type AnchoredNote, type AnchorManyOptions, anchorMany, type NoteToAnchor, type Slicer } from './anchor-many';
export { CONTEXT_LENGTH, describeTextRange, type NoteSelectors } from './describe';
export { type AnchorOptions, type AnchorResult, anchorSelectors, DEFAULT_MIN_SCORE, type Selector } from './match';
export { TextIndex } from './text-index';
