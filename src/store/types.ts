// The Store: one interface over embedded PGlite and a PostgreSQL server. Everything a command, the API server or the
// web app reads or writes goes through it. Stable: extend, don't rename.
import type {
  Claim,
  DiplomaticEvent,
  EntityType,
  EventType,
  ExtractedDoc,
  IsoDate,
  Mention,
  Modality,
  Period,
  Published,
  Qualifier,
  Quality,
  Removed,
} from '../types.ts';

// ───────────────────────────── identity and paging ─────────────────────────────

/** Document id: 16 hex chars of sha256 over the normalised (cleaned, NFC) text. */
export type DocId = string;
/** Claim id: 16 hex chars, stable across re-analysis while the claim's span in the text stays the same. */
export type ClaimId = string;
/** Event id: like a claim id. */
export type EventId = string;
/** Near-duplicate cluster id: the id of the cluster's first document. */
export type ClusterId = string;
/** Fact id: 16 hex chars over indicator, subject and the fact's period key. */
export type FactId = string;

/** A page of results; pass nextCursor back as `cursor` for the next page (null: no more). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Total matching rows when cheap to know. */
  total?: number;
}

// ───────────────────────────── documents ─────────────────────────────

/** What one ingest hands the store for one document: the analysis plus the kept raw input. */
export interface IngestDoc {
  doc: ExtractedDoc;
  /** The raw input, gzip-compressed (see src/store/raw.ts). */
  rawGz: Uint8Array;
  /** Format and metadata of the raw input, so `reanalyse` can rebuild the RawDoc. */
  rawFormat: 'text' | 'html';
  rawMeta: Record<string, unknown>;
  /** sha256 (hex, 16 chars) of the NFC raw input: lets a rerun skip known inputs before analysing them. */
  rawHash: string;
  /** MinHash signature over syllable shingles (src/cluster/minhash.ts). */
  signature: number[];
  /** The search lexemes and the ranking head's tsvector literal (src/store/search-key.ts); computed by the store when
   * absent. */
  searchVector?: { lexemes: string; head: string };
}

export type PutStatus =
  /** A new document (first version of its URL/source). */
  | 'added'
  /** A new version of a URL/source already stored; linked to the previous one. */
  | 'new_version'
  /** Same content hash already stored: nothing written. */
  | 'exists';

export interface PutResult {
  id: DocId;
  source: string;
  status: PutStatus;
  /** For new_version: the version it supersedes. */
  previousId?: DocId | null;
  clusterId?: ClusterId | null;
}

export interface DocumentSummary {
  id: DocId;
  source: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: Published;
  ingestedAt: string;
  clusterId: ClusterId | null;
  /** Number of documents in its cluster (1 when alone). */
  clusterSize: number;
  /** Newer version of the same URL/source, if any. */
  supersededBy: DocId | null;
  spun: number;
}

export interface StoredClaim extends Claim {
  id: ClaimId;
  docId: DocId;
  /** Extractor version that produced this claim. */
  extractor: string;
  /** The sentence text (resolved from `sentence` offsets) when known. */
  sentenceText?: string | null;
  /** The latest review decision, if any (history: claimHistory). */
  review?: ReviewSummary | null;
}

export interface StoredEvent extends DiplomaticEvent {
  id: EventId;
  docId: DocId;
  extractor: string;
  review?: ReviewSummary | null;
}

export interface StoredMention extends Mention {
  entityId: string;
  docId: DocId;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  author: string | null;
  encoding: string | null;
  removed: Removed[];
  quality: Quality;
  extractor: string;
  previousId: DocId | null;
  /** Older and newer versions of the same URL/source, oldest first (this one included). */
  versions: Array<{ id: DocId; ingestedAt: string; published: IsoDate | null }>;
  claims: StoredClaim[];
  entities: Array<{ id: string; type: EntityType; name: string; title: string | null; mentions: Mention[] }>;
  events: StoredEvent[];
  /** Other documents in the same near-duplicate cluster. */
  duplicates: DocumentSummary[];
  /** Byte size of the compressed raw input kept. */
  rawBytes: number;
}

// ───────────────────────────── entities, events, clusters ─────────────────────────────

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  title: string | null;
  /** Other surface forms seen in documents. */
  aliases: string[];
  documentCount: number;
  mentionCount: number;
}

export interface EntityPage {
  entity: EntitySummary;
  /** Most recent documents mentioning it. */
  documents: DocumentSummary[];
  /** Claims whose subject is or includes this entity. */
  claims: StoredClaim[];
  /** Events it takes part in. */
  events: StoredEvent[];
  /** Entities most often mentioned in the same documents. */
  related: Array<{ id: string; type: EntityType; name: string; count: number }>;
  /** Mentions per year of publication. */
  timeline: Array<{ year: number; documents: number; events: number }>;
}

export interface EntityFilter {
  type?: EntityType;
  /** Accent-insensitive prefix/similarity match on name and aliases. */
  q?: string;
  limit?: number;
  cursor?: string | null;
}

export interface EventFilter {
  type?: EventType | EventType[];
  /** Entity id that must be among the actors. */
  actor?: string;
  from?: IsoDate;
  to?: IsoDate;
  docId?: DocId;
  clusterId?: ClusterId;
  /** Include events a reviewer rejected (default false). */
  includeRejected?: boolean;
  limit?: number;
  cursor?: string | null;
}

export interface ClusterDetail {
  id: ClusterId;
  documents: DocumentSummary[];
}

// ───────────────────────────── claims and facts ─────────────────────────────

export interface ClaimFilter {
  docId?: DocId;
  indicator?: string;
  /** Claim subject equals this, or (for pairs such as 'VN-RU') includes it. */
  subject?: string;
  /** Claims whose period/asOf touches [from, to]. Years ('2021') or dates. */
  from?: string;
  to?: string;
  factId?: FactId;
  modality?: Modality;
  extractor?: string;
  includeRejected?: boolean;
  limit?: number;
  cursor?: string | null;
}

export type FactStatus = 'consistent' | 'differs_in_time' | 'differs_in_scope' | 'forecast_vs_actual' | 'conflicting';

/** One claim as a fact shows it: the claim, its source, what the reconciler made of it. */
export interface FactClaim {
  claimId: ClaimId;
  docId: DocId;
  text: string;
  sentence: string | null;
  /** Effective value (a reviewer's correction when there is one). */
  value: number;
  valueMax: number | null;
  /** Machine value when a reviewer corrected it. */
  machineValue?: number | null;
  unit: string;
  qualifier: Qualifier;
  modality: Modality;
  period: Period | null;
  asOf: IsoDate | null;
  counted: string | null;
  /** Scope words found around the claim ('signed', 'in_force', 'aid', ...): see src/reconcile/scope.ts. */
  scope: string[];
  reviewed: 'accepted' | 'corrected' | null;
  source: { title: string | null; outlet: string | null; url: string | null; source: string; published: IsoDate | null };
  clusterId: ClusterId | null;
  /** Other claims (same value, same cluster) counted with this one: copies corroborate once. */
  copies: ClaimId[];
}

export interface FactExplanation {
  vi: string;
  en: string;
}

export interface Fact {
  id: FactId;
  indicator: string;
  subject: string | null;
  /** The span of time the fact's claims cover. */
  period: Period | null;
  /** The year that keyed the grouping (null when claims carry no time at all). */
  year: number | null;
  unit: string;
  /** The main reading; `reasons` lists every kind of difference found. */
  status: FactStatus;
  reasons: FactStatus[];
  /** Best value: a reviewed value, else the latest actual figure, else the most corroborated one. */
  best: {
    value: number;
    valueMax: number | null;
    qualifier: Qualifier;
    claimId: ClaimId;
    basis: 'reviewed' | 'latest' | 'corroborated' | 'single';
  } | null;
  /** Range of the effective values of the fact's actual claims (forecasts excluded when actuals exist). */
  range: { min: number; max: number } | null;
  explanation: FactExplanation;
  claims: FactClaim[];
  /** Distinct near-duplicate clusters behind the claims (independent sources). */
  sources: number;
}

export interface FactFilter {
  indicator?: string;
  /** Prefix match when it ends with '.' or '*' ('trade.*'). */
  subject?: string;
  from?: string;
  to?: string;
  status?: FactStatus | FactStatus[];
  limit?: number;
  cursor?: string | null;
}

// ───────────────────────────── reviews ─────────────────────────────

export type ReviewAction = 'accept' | 'reject' | 'correct';
export type ReviewTarget = { kind: 'claim'; id: ClaimId } | { kind: 'event'; id: EventId };

export interface ReviewInput {
  target: ReviewTarget;
  action: ReviewAction;
  reviewer: string;
  reason: string;
  /** For `correct` on a claim: the corrected value (and upper bound). */
  value?: number | null;
  valueMax?: number | null;
  /** For `correct`: other corrected fields (claim: unit, indicator, subject, asOf, period; event: type, actors, date, place). */
  fields?: Record<string, unknown>;
  /** ISO timestamp; defaults to now. */
  at?: string;
}

export interface Review extends ReviewInput {
  id: number;
  at: string;
  /** The machine output the reviewer saw, kept so the history survives re-analysis. */
  snapshot: Record<string, unknown>;
}

export interface ReviewSummary {
  action: ReviewAction;
  reviewer: string;
  at: string;
  value?: number | null;
  valueMax?: number | null;
}

export interface ClaimHistory {
  /** The current machine claim, or null when re-analysis no longer produces it. */
  claim: StoredClaim | null;
  /** All reviews, oldest first. */
  reviews: Review[];
  /** What facts use: the machine claim with the latest review applied (null when rejected or gone). */
  effective: { value: number; valueMax: number | null; rejected: boolean } | null;
}

// ───────────────────────────── search ─────────────────────────────

export interface SearchQuery {
  /** Words; "quoted phrase", -excluded, OR. Accent- and tone-style-insensitive (Đà Nẵng = da nang = Đà Nẳng). Empty: all. */
  q?: string;
  from?: string;
  to?: string;
  outlet?: string;
  /** Entity id mentioned in the document. */
  entity?: string;
  /** Indicator key of a claim in the document. */
  indicator?: string;
  eventType?: EventType;
  cluster?: ClusterId;
  /** Only the latest version of each URL/source (default true). */
  latestOnly?: boolean;
  /** Count facets (default true); false skips them, e.g. for later pages. */
  facets?: boolean;
  cursor?: string | null;
  /** Default 20, at most 200. */
  limit?: number;
}

export interface SearchHit {
  doc: DocumentSummary;
  rank: number;
  /** A passage of the document's own text (not folded) around the matches. */
  snippet: string;
  /** [start, end) offsets into `snippet` of matched words. */
  highlights: Array<[number, number]>;
}

export interface FacetCount {
  value: string;
  /** Display label when it differs from value (entity name). */
  label?: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matching documents: counted when the store expects few enough, else estimated (see totalExact). */
  total: number;
  /** false when total is the query planner's estimate (tens of thousands of matches; counting them would cost more
   * than the rest of the search). */
  totalExact: boolean;
  /** Present when there are more matches than this: relevance ranking and facet counts then cover only this many
   * most recent matches (pages beyond them follow publication date, newest first). */
  facetsSample?: number;
  facets: {
    outlet: FacetCount[];
    year: FacetCount[];
    entity: FacetCount[];
    indicator: FacetCount[];
    eventType: FacetCount[];
  };
  nextCursor: string | null;
}

// ───────────────────────────── stats ─────────────────────────────

export interface StoreStats {
  backend: 'pglite' | 'postgres';
  schemaVersion: number;
  documents: number;
  /** Documents superseded by a newer version of the same URL/source. */
  supersededDocuments: number;
  clusters: number;
  /** Documents that share a cluster with at least one other. */
  duplicateDocuments: number;
  rawBytes: number;
  claims: number;
  claimsWithIndicator: number;
  entities: number;
  mentions: number;
  events: number;
  facts: number;
  factsByStatus: Record<FactStatus, number>;
  reviews: number;
  /** Claims per extractor version. */
  extractorVersions: Record<string, number>;
  published: { min: IsoDate | null; max: IsoDate | null; undated: number };
  outlets: FacetCount[];
  indicators: FacetCount[];
}

// ───────────────────────────── re-analysis ─────────────────────────────

export interface StoredRaw {
  id: DocId;
  source: string;
  format: 'text' | 'html';
  meta: Record<string, unknown>;
  rawGz: Uint8Array;
}

// ───────────────────────────── the interface ─────────────────────────────

export interface StoreInfo {
  backend: 'pglite' | 'postgres';
  /** Folder (PGlite) or the server URL with the password masked. */
  location: string;
  schemaVersion: number;
}

export interface Store {
  readonly info: StoreInfo;

  // writing (ingest)
  /** Raw hashes among `rawHashes` already stored: a rerun skips them without analysing. */
  knownRaw(rawHashes: string[]): Promise<Set<string>>;
  /** Writes a batch in one transaction: all of it or none. Idempotent on document id (content hash). */
  putDocuments(docs: IngestDoc[]): Promise<PutResult[]>;
  /** Replaces a document's analysis (claims, mentions, events, cleaned text) after re-analysis; reviews stay. */
  replaceAnalysis(id: DocId, doc: ExtractedDoc): Promise<void>;
  /** Streams every kept raw input, in id order, `batch` at a time. */
  rawDocuments(batch?: number): AsyncGenerator<StoredRaw[]>;
  /** Recomputes facts (all, or only the given indicators). Returns the number of facts written. */
  refreshFacts(indicators?: string[]): Promise<number>;

  // documents
  getDocument(id: DocId): Promise<DocumentDetail | null>;
  /** Documents whose id starts with the given prefix (for `show` with a short id), at most `limit`. */
  findDocuments(idPrefixOrSource: string, limit?: number): Promise<DocumentSummary[]>;
  listDocuments(q?: {
    from?: string;
    to?: string;
    outlet?: string;
    latestOnly?: boolean;
    limit?: number;
    cursor?: string | null;
  }): Promise<Page<DocumentSummary>>;
  getCluster(id: ClusterId): Promise<ClusterDetail | null>;

  // claims, facts
  claimsFor(filter: ClaimFilter): Promise<Page<StoredClaim>>;
  listFacts(filter?: FactFilter): Promise<Page<Fact>>;
  getFact(id: FactId): Promise<Fact | null>;
  /** Facts whose claims differ (status other than consistent), conflicting first. */
  listConflicts(filter?: FactFilter): Promise<Page<Fact>>;
  /** Indicators with their claim and fact counts. */
  indicators(): Promise<Array<{ indicator: string; claims: number; facts: number }>>;

  // entities, events
  listEntities(filter?: EntityFilter): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntityPage | null>;
  events(filter?: EventFilter): Promise<Page<StoredEvent>>;

  // reviews
  addReview(input: ReviewInput): Promise<Review>;
  claimHistory(id: ClaimId): Promise<ClaimHistory | null>;
  reviewsFor(target: ReviewTarget): Promise<Review[]>;
  recentReviews(limit?: number): Promise<Review[]>;

  // search
  searchDocuments(q: SearchQuery): Promise<SearchResult>;

  stats(): Promise<StoreStats>;
  /** After a bulk write: merge pending full-text index entries so searches stay fast. */
  maintain(): Promise<void>;
  close(): Promise<void>;
}

/** Where the store lives: a PGlite folder, or a PostgreSQL URL (DATABASE_URL). */
export interface StoreOptions {
  /** PGlite folder; default $DOINGOAI_DB or ./.doingoai/db. Ignored when `url` is given. */
  dir?: string;
  /** PostgreSQL connection string. */
  url?: string;
  /** Open without taking the folder lock (tests only). */
  noLock?: boolean;
  /** Largest pool size for a server (default 4). */
  poolSize?: number;
}

/** A store that cannot be opened because another process holds the folder. */
export class StoreLockedError extends Error {
  constructor(
    readonly pid: number,
    readonly dir: string,
  ) {
    super(`cơ sở dữ liệu đang được dùng bởi tiến trình ${pid} / store in use by process ${pid} (${dir})`);
    this.name = 'StoreLockedError';
  }
}
