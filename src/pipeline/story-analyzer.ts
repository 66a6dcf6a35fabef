// The analyzer the story stage sees: the same index terms search uses, and the gazetteer's entity ids.
import type { StoryTextAnalyzer } from '../stories/story-doc.ts';
import { indexTerms } from '../text/analyze.ts';
import { findEntities } from '../text/entities.ts';
import { tokenize } from '../text/tokenizer.ts';

export const storyTextAnalyzer: StoryTextAnalyzer = {
  indexTerms,
  entityIds: (text) => findEntities(text, tokenize(text)).map((e) => e.id),
};
