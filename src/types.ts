// The domain model shared by every stage (see ../shared/DESIGN.md). One name per idea, used the same everywhere.

/** An ISO date "YYYY-MM-DD". */
export type IsoDate = string;

/** What a reader produced: one input document, decoded to a Unicode string, before cleaning. */
export interface RawDoc {
  /** Path, URL, "-" for stdin, or "path#line" for one JSONL line. */
  source: string;
  /** 'html' content goes through the main-text extractor; 'text' is used as it is. */
  format: 'text' | 'html';
  /** The decoded input (NFC not yet applied). */
  raw: string;
  /** Encoding the bytes were decoded from, e.g. 'utf-8', 'utf-16le', 'tcvn3', 'vni', 'viqr', 'windows-1258', 'viscii'. */
  encoding?: string;
  /** Metadata the container gave (HTML meta tags, JSON-LD, JSONL fields, HTTP headers). */
  meta: RawMeta;
}

export interface RawMeta {
  title?: string;
  url?: string;
  /** A date or date-time as the container gave it. */
  date?: string;
  outlet?: string;
  author?: string;
  /** Any other fields (JSONL extras, og:* tags). */
  extra?: Record<string, unknown>;
}

/** An input that could not be read; the batch goes on. */
export interface ReadError {
  source: string;
  reason: string;
}

export type DateBasis = 'byline' | 'dateline' | 'metadata' | 'latest-mention' | 'none';

export interface Published {
  date: IsoDate | null;
  basis: DateBasis;
  /** With no date: the latest date the body mentions. */
  notBefore?: IsoDate | null;
  /** Time of day when the byline gives one, "HH:MM". */
  time?: string | null;
}

export type RemovalReason =
  | 'boilerplate'
  | 'page-header'
  | 'clock'
  | 'byline'
  | 'caption-duplicate'
  | 'caption'
  | 'photo-credit'
  | 'player'
  | 'widget'
  | 'related-list'
  | 'headline-repeat'
  | 'table-debris'
  | 'spam'
  | 'entity-remnant'
  | 'control-char'
  | 'duplicate-paragraph'
  | 'html-chrome';

/** A piece of the input that cleaning dropped, and why. */
export interface Removed {
  text: string;
  reason: RemovalReason | string;
  /** The rule that removed it. */
  rule?: string;
}

export interface ParagraphQuality {
  start: number;
  end: number;
  /** Machine-spinning score in [0,1]. */
  spun: number;
  /** The spinner substitutions seen, for audit. */
  signals?: string[];
}

export interface Quality {
  /** Document spinning score in [0,1]. */
  spun: number;
  /** Number of repairs (syllable splits, entity remnants fixed...). */
  repairs: number;
  paragraphs?: ParagraphQuality[];
}

/** A document after reading and cleaning. Pure function of the RawDoc. */
export interface CleanDoc {
  source: string;
  /** sha256 hex of the cleaned text (NFC), first 16 chars. */
  id: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: Published;
  text: string;
  removed: Removed[];
  quality: Quality;
  encoding?: string;
  meta?: Record<string, unknown>;
}

export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than' | 'nearly' | 'range';
export type Modality = 'actual' | 'forecast' | 'target';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** A quantitative statement found in a document. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  value: number;
  valueMax?: number | null;
  /** USD, VND, EUR, other ISO 4217, '%', 'count', or a physical unit symbol (t, km, ha, m3, kg, MW, DWT). */
  unit: string;
  counted?: string | null;
  qualifier: Qualifier;
  modality: Modality;
  change?: boolean;
  period?: Period | null;
  asOf?: IsoDate | null;
  indicator?: string | null;
  /** Entity id(s) the claim is about: 'VN', or 'VN-RU' for a pair. */
  subject?: string | null;
  /** The sentence the claim came from. */
  sentence?: { start: number; end: number };
  rule: string;
}

export type EntityType = 'country' | 'org' | 'person';

export interface Mention {
  start: number;
  end: number;
  /** The surface form as written. */
  text?: string;
}

export interface Entity {
  type: EntityType;
  /** ISO alpha-2 for countries, a stable id for organisations, the full name for people. */
  id: string;
  name: string;
  /** Title of office for people ("Bộ trưởng Ngoại giao"). */
  title?: string | null;
  mentions: Mention[];
  rule?: string;
}

export type EventType = 'visit' | 'phone_call' | 'talks' | 'agreement_signed' | 'relation_upgrade' | 'conference' | 'elected';

export interface DiplomaticEvent {
  type: EventType;
  /** Entity ids; for visits [guest, host]. */
  actors: string[];
  date?: Period | null;
  place?: string | null;
  text: string;
  start: number;
  end: number;
  rule: string;
}

export interface Analysis {
  claims: Claim[];
  entities: Entity[];
  events: DiplomaticEvent[];
}

/** What `extract` prints per document: the contract of DESIGN.md. */
export interface ExtractedDoc extends CleanDoc, Analysis {
  /** Version of the extractor that produced claims, entities and events. */
  extractor?: string;
}

/** Context analysis needs; never the clock. */
export interface AnalyseContext {
  published: IsoDate | null;
  /** Latest date the body mentions, used when published is null. */
  notBefore?: IsoDate | null;
}
