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
  /** Analyzer stems of the headline alone, with the event types it names (the first part of titleStems). */
  headlineStems?: string[];
  /** Analyzer stems (stopwords removed) of the body. */
  bodyStems: string[];
  /** Places below country level (cities, provinces) named in the headline, in order of mention: the first is where the event happened. */
  headlinePlaces?: string[];
  /**
   * Event types the headline names as an event the reader knows ("العمل الجبان", "الجريمة الإرهابية"): how a reaction
   * points at its event (src/text/event-types.ts referredEventTypeIds).
   */
  headlineEvents?: string[];
  /** Stems of each name the headline quotes («موبايلي», "تعليم ينبع"): whom or what the report is about. */
  headlineQuoted?: string[][];
  /** Places the headline names as an office's or a speaker's own ("محافظ الزلفي:", "رئيس النيجر"), not as where something happened. */
  headlineAffiliations?: string[];
  /** Regions the text names after an office by a name too common to be a place alone ("أمير منطقة عسير"): mentions, not entities. */
  officePlaces?: string[];
  /** Countries and world regions the headline names, wherever ("انكماش نشاط المصانع في الصين", "وزير الدفاع الأميركي"). */
  headlineCountries?: string[];
  /**
   * People the headline names in full whom the gazetteer does not know (`person:~name` entity ids, found in the body by
   * a title or a speech verb): whom the report is about, when that is someone in the news for one event.
   */
  headlinePeople?: string[];
  /**
   * The stems naming the guest of an audience or talks headline, or the object of an official's act ("يستقبل وكيل إمارة
   * منطقة الرياض" → الرياض, "يرعى الحفل الختامي لسفراء الحزم" → the ceremony's words; src/text/audiences.ts).
   */
  headlineGuest?: string[];
  /** The headline or lead names a deadly event's aftermath: its martyrs, its injured, condolences (src/text/aftermath.ts). */
  headlineAftermath?: boolean;
  /** The headline names a routine occasion, one of a series each host holds in turn (src/text/routine-occasions.ts). */
  headlineRoutine?: boolean;
  /** `market:move` ("stocks:up"), or `market:move:size` ("stocks:up:135pt"), when the headline reports which way a market went: one session's report. */
  marketMove?: string;
  /** `word:n` for the words next to an ordinal in the headline (src/text/ordinals.ts). */
  headlineOrdinals?: string[];
  /** The normalized bare headline an agency item's parts share ("… / إضافة ثانية" has its first part's): one outlet's parts are one report. */
  wirePart?: string;
  /** A later part of an agency item, not its first. */
  continuation?: boolean;
  /** Canonical entity ids mentioned. */
  entityIds: string[];
  /** An opinion column or editorial starts its own story unless it is a copy (src/stories/article-kind.ts). */
  kind?: 'opinion' | 'report';
  /**
   * How the byline signs the piece: 'filed' (a filing place, desk or agency), 'signed' (a name alone), or absent.
   * The engine keeps each outlet's mix over the window: a name alone marks a column only where the outlet signs its
   * reports with a filing place.
   */
  bylineShape?: 'filed' | 'signed' | null;
  /**
   * Shaped like a signed column: a name-only byline on a long piece (800+ characters) with no dateline, no "speaker:"
   * headline and no source named in its first 200 characters.
   */
  signedColumn?: boolean;
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
  /** Set when the engine does not hold the article (it left the time window): the lists are then empty. */
  unknown?: boolean;
}

export interface StoryEngine {
  assign(doc: StoryDoc): StoryDecision;
  /** Replays a stored decision without re-deciding (restart). */
  restore(doc: StoryDoc, storyId: number, duplicateOf: number | null): void;
  /** Story ids up to this one are taken (by stories older than the window that were not restored). */
  reserveStoryIds(upTo: number): void;
  recommend(articleId: number, limit?: number): Recommendations;
  /** Pairwise similarity of two known articles in [0, 1]. */
  similarity(a: number, b: number): number;
}

/** Tunables of the story engine; see docs/stories.md for the tuned values and why. */
export interface StoryConfig {
  /** Articles further apart than this never share a story; older articles leave the candidate index. */
  windowDays: number;
  /** Similarity decays as exp(-max(0, Δt - graceHours) / decayHours) between grace and the window's edge. */
  decayHours: number;
  graceHours: number;
  /** Weights of the three signals: title+lead TF-IDF cosine, body TF-IDF cosine, rarity-weighted shared entities. */
  titleWeight: number;
  bodyWeight: number;
  entityWeight: number;
  /**
   * Multiplier on similarity when two reports name different local places in their headlines and neither mentions
   * the other's place at all: two battles on one front, two crashes on one day. A headline naming no place but a town's
   * office ("تعليم الدوادمي") counts that town against one that names a place.
   */
  placeConflictFactor: number;
  /**
   * Factor on a link between two reports whose headlines quote different names («موبايلي», «أسمنت اليمامة») when
   * neither mentions a name the other quotes, and on a story under bigStorySize whose quoting members all quote other
   * names than the report: one template told of another subject is another event. 1 turns it off.
   */
  subjectConflictFactor: number;
  /**
   * Two stories merge on measures × subjectConflictFactor when the smaller holds at most this many reports, every
   * quoting headline of one quotes other names than every quoting headline of the other, and no headline of either
   * names an event (see the engine's subjectsApart). 0 turns it off.
   */
  subjectMergeSize: number;
  /**
   * A settled event's story (bigStorySize or more, an event type among its core's heaviest terms) gathers a small story
   * at least this share of whose reports name the event's aftermath and the event (see the engine's aftermathOf).
   * Above 1 turns it off.
   */
  aftermathShare: number;
  /**
   * A report also counts as the event's aftermath when its headline or lead names the event's type and this many of
   * its core's heaviest other terms ("عقب التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير"). 0 turns it off.
   */
  aftermathNamedTerms: number;
  /** Two headlines naming different owners (a town's office, a country), neither naming an event: see the engine's ownerFactor. 1 turns it off. */
  ownerConflictFactor: number;
  /** Two headlines reporting the same market going different ways (two sessions): see the engine's moveFactor. 1 turns it off. */
  moveConflictFactor: number;
  /** Factor on a link between headlines that give the thing they count different ordinals (first and second flight). */
  ordinalConflictFactor: number;
  /** Two headlines naming the same little-known person in full link at least this much (0 turns it off). */
  personLink: number;
  /**
   * Factor on a link between two audience headlines whose guests differ, neither headline nor lead naming the other's guest (one
   * official's audiences of a day, each another visitor), and on a story under bigStorySize whose audience members all
   * received others; two stories merge on measures times it when every audience of one is apart from every audience of
   * the other. 1 turns it off.
   */
  guestConflictFactor: number;
  /**
   * Factor on a link between two headlines with no word in common unless both pieces are signed the way their outlets
   * sign reports (a filing place, desk or agency; a name alone where the outlet signs by name; no byline where it signs
   * nothing): a column, an analysis or a feature shares a topic's text but not an event's headline. 1 turns it off.
   */
  unfiledLinkFactor: number;
  /**
   * A routine occasion's notice (Eid party, wedding) joining or merging where its outlet already has such a notice:
   * the score is multiplied by this (1 turns it off).
   */
  routineRepeatFactor: number;
  /**
   * Stories smaller than this are held to the place their headlines name (when most of their placed headlines name
   * one): a report whose headline names other places scores placeConflictFactor times as much with them, and two
   * stories of different places never merge while one of them is this small. Reactions and follow-ups of a big event
   * happen everywhere, so a bigger story is not held to its place. 0 turns it off.
   */
  placeStorySize: number;
  /** Multiplier on similarity between two articles of the same outlet (an outlet rarely reports one event twice). */
  sameOutletFactor: number;
  /** Score an article needs with a story to join it. */
  joinThreshold: number;
  /** Share of the best single-article link in a story score (the rest is the story centroid). */
  linkShare: number;
  /** Weight of core coverage (share of a story's recurring headline terms the article covers) in a story score. */
  coreFactor: number;
  /**
   * An article moves out of its small story by core coverage alone (its link with the arriving article below this)
   * only into a story whose core holds an event type: reactions name an attack in other words, while a core without an
   * event may be just its topic's words (a canal, a region and its governor, a club). 0 lets core coverage move any.
   */
  moveCoreLink: number;
  /**
   * Stories of at least this many articles whose five heaviest core terms hold an event type (an attack, a fire, a
   * flood, a crash, a quake) have a settled core: their core coverage counts `bigStoryCoreBoost` times for an article
   * whose headline names the event (carries about two of the story's five heaviest core terms) and that covers at least
   * three core terms, and the identity and repeat-outlet conditions below do not apply. It gathers a big event's
   * reactions; 1 turns the boost off.
   */
  bigStorySize: number;
  bigStoryCoreBoost: number;
  /**
   * Below bigStorySize, core coverage counts only for an article whose headline or lead names one of the story's this
   * many heaviest core terms: a small story's core is mostly its topic's words, which every report on the topic covers.
   * 0 turns it off.
   */
  coreIdentityTerms: number;
  /**
   * Below bigStorySize, an outlet that already has this many reports in a story counts the core for another one only
   * when its headline names the event (as for the boost): an outlet reports one small event once or twice, a topical
   * blob collects an outlet's whole page. 0 turns it off.
   */
  repeatOutletReports: number;
  /**
   * A story of 5+ articles is checked as it grows (each time by 40 %): clustered by average link over its members, a
   * cluster of two or more whose average with the others is under splitLink, whose best link to the largest cluster
   * is under splitMaxLink, and whose headlines mostly do not name the rest's event (its heaviest core terms), leaves
   * as a story of its own (a chain of related reports, not one event). Stories of a known kind of event at
   * bigStorySize or more are never split. splitLink 0 turns it off.
   */
  splitLink: number;
  splitMaxLink: number;
  /**
   * The parallel split, after the chain split, in stories under 15 articles: the members left are clustered again
   * until no two clusters average splitParallelLink, and a cluster of two or more that two or more outlets report
   * beside the largest cluster leaves, however close their wording (an outlet reports one small event once; the
   * same outlets in both parts are two events told in one template). 0 turns it off.
   */
  splitParallelLink: number;
  /** Centroid similarity above which two stories are merged. */
  mergeThreshold: number;
  /** Two stories that both hold this many articles or more merge only at settledMergeThreshold. */
  settledMergeSize: number;
  settledMergeThreshold: number;
  /**
   * Two stories a split set apart merge again when both their core overlap and their centroid similarity reach this
   * (1: never): later reports can show that what looked like two events is one.
   */
  apartMergeThreshold: number;
  /** Body terms kept per article (highest TF-IDF when it arrives). */
  maxBodyTerms: number;
  /** How many candidate articles (from the inverted index) are scored in full. */
  maxCandidates: number;
  /**
   * Candidates are chosen from the best maxCandidates × this by shared rare terms, keeping at most a few members of
   * each big story (see the engine's candidates()).
   */
  candidatePool: number;
  /** Terms in more than this share of the window's articles are not used to find candidates. */
  maxPostingShare: number;
}
