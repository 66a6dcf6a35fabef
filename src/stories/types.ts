// Boundary of the story stage: an analyzed article in, a story decision out.
// The engine keeps its working state (candidate index, centroids) in memory and can be rebuilt from the store.

export interface StoryDoc {
  articleId: number;
  /** The outlet; used for the same-outlet penalty and diversification. */
  sourceId: number;
  /** Epoch milliseconds: published time, else fetched time. */
  time: number;
  title: string;
  lead: string;
  text: string;
  /** Analyzer stems (stopwords removed) of the title (+ lead, when the engine wants it). */
  titleStems: string[];
  /** Analyzer stems (stopwords removed) of the body. */
  bodyStems: string[];
  /** Canonical entity ids mentioned. */
  entityIds: string[];
}

export interface StoryDecision {
  storyId: number;
  /** Similarity to the story it joined (1 for a new story). */
  score: number;
  /** Earliest near-identical copy (wire copy republished), if any. */
  duplicateOf: number | null;
  /** Stories that converged and were merged by this decision. */
  merged: { from: number; into: number }[];
  /** Earlier articles that later evidence moved to another story. */
  moved: { articleId: number; from: number; to: number }[];
}

export interface SimilarArticle {
  articleId: number;
  storyId: number;
  score: number;
}

export interface Recommendations {
  /** From other stories, at most one per story, preferring other outlets, never a near-duplicate. */
  similar: SimilarArticle[];
  readAlso: SimilarArticle | null;
  /** Other articles of the same story, newest first. */
  sameStory: number[];
}

export interface StoryEngine {
  assign(doc: StoryDoc): StoryDecision;
  /** Replays a stored decision without re-deciding (restart). */
  restore(doc: StoryDoc, storyId: number, duplicateOf: number | null): void;
  recommend(articleId: number, limit?: number): Recommendations;
  /** Pairwise similarity of two known articles in [0, 1]. */
  similarity(a: number, b: number): number;
}
