-- 001: documents with their kept raw input, claims, entities, events, facts, reviews, full-text search.
-- Runs unchanged on PGlite (extensions loaded by the client) and on a PostgreSQL server (postgresql-contrib).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); indexes and generated columns need IMMUTABLE.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The search key: lower case, no diacritics (đ → d), so tone-mark style (hoà/hòa) and accents never matter.
CREATE OR REPLACE FUNCTION search_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.f_unaccent($1)) $$;

CREATE OR REPLACE FUNCTION iso_ts(timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE TABLE documents (
  id text PRIMARY KEY,
  -- url, else source: versions of one article share it.
  version_key text NOT NULL,
  previous_id text,
  superseded_by text,
  source text NOT NULL,
  url text,
  title text,
  outlet text,
  author text,
  encoding text,
  published date,
  published_basis text NOT NULL DEFAULT 'none',
  published_not_before date,
  published_time text,
  text text NOT NULL,
  removed jsonb NOT NULL DEFAULT '[]',
  quality jsonb NOT NULL DEFAULT '{}',
  spun real NOT NULL DEFAULT 0,
  meta jsonb,
  extractor text NOT NULL,
  cluster_id text,
  -- MinHash signature (src/cluster/minhash.ts); its LSH band keys are in doc_bands.
  signature integer[],
  ingested_at timestamptz NOT NULL DEFAULT now(),
  analysed_at timestamptz NOT NULL DEFAULT now(),
  -- Title (weight A) and text words folded by src/store/search-key.ts (the same folding as search_key() on
  -- Vietnamese), built by the writer: unaccent() and to_tsvector() in PGlite cost more than the rest of an insert.
  search tsvector NOT NULL DEFAULT ''
);
-- A large pending list makes bulk inserts cheap; Store.maintain() merges it after an ingest.
CREATE INDEX documents_search ON documents USING gin (search) WITH (gin_pending_list_limit = 16384);
CREATE INDEX documents_version_key ON documents (version_key);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_cluster ON documents (cluster_id);
CREATE INDEX documents_outlet ON documents (outlet);

-- LSH band keys of each document's MinHash signature: documents sharing a key are near-duplicate candidates.
-- A b-tree over (key) looks up faster than a GIN over an array column, whose pending list every search rescans.
-- No foreign key: rows are written and removed with their document, and the check would double the insert cost.
CREATE TABLE doc_bands (
  key integer NOT NULL,
  doc_id text NOT NULL,
  PRIMARY KEY (key, doc_id)
);
CREATE INDEX doc_bands_doc ON doc_bands (doc_id);

-- The raw input as it was read, gzip-compressed, so cleaning and extraction can be re-run.
CREATE TABLE raw_documents (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  format text NOT NULL,
  meta jsonb NOT NULL DEFAULT '{}',
  raw_gz bytea NOT NULL
);

-- Every raw input seen (several raw inputs may clean to one document): a rerun skips these before analysing.
CREATE TABLE raw_inputs (
  raw_hash text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  source text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE claims (
  id text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  text text NOT NULL,
  start_off integer NOT NULL,
  end_off integer NOT NULL,
  value double precision NOT NULL,
  value_max double precision,
  unit text NOT NULL,
  counted text,
  qualifier text NOT NULL,
  modality text NOT NULL,
  change boolean NOT NULL DEFAULT false,
  period_start date,
  period_end date,
  as_of date,
  indicator text,
  subject text,
  sentence_start integer,
  sentence_end integer,
  sentence_text text,
  -- Words around the claim up to the neighbouring claims: where scope words are looked for.
  context text,
  rule text NOT NULL,
  extractor text NOT NULL,
  -- The claim as the extractor emitted it (fields added later survive).
  data jsonb NOT NULL
);
CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX claims_indicator ON claims (indicator, subject);

CREATE TABLE entities (
  id text PRIMARY KEY,
  type text NOT NULL,
  name text NOT NULL
);
CREATE INDEX entities_name_trgm ON entities USING gin (search_key(name) gin_trgm_ops);

-- One row per entity per document; mentions as a JSON array of {start, end, text}.
CREATE TABLE doc_entities (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  entity_id text NOT NULL,
  type text NOT NULL,
  name text NOT NULL,
  title text,
  mention_count integer NOT NULL,
  mentions jsonb NOT NULL,
  rule text,
  PRIMARY KEY (doc_id, entity_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

CREATE TABLE events (
  id text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  type text NOT NULL,
  actors text[] NOT NULL DEFAULT '{}',
  date_start date,
  date_end date,
  place text,
  text text NOT NULL,
  start_off integer NOT NULL,
  end_off integer NOT NULL,
  rule text NOT NULL,
  extractor text NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_type_date ON events (type, date_start);
CREATE INDEX events_actors ON events USING gin (actors);

-- Analysts' decisions, beside the machine output (never overwriting it). Target rows may disappear on re-analysis;
-- the snapshot keeps what the reviewer saw.
CREATE TABLE reviews (
  id bigserial PRIMARY KEY,
  target_kind text NOT NULL CHECK (target_kind IN ('claim', 'event')),
  target_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
  value double precision,
  value_max double precision,
  fields jsonb,
  reviewer text NOT NULL,
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  snapshot jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX reviews_target ON reviews (target_kind, target_id, id);

-- Reconciled facts, recomputed per indicator from claims and reviews (src/reconcile); data is the Fact as JSON.
CREATE TABLE facts (
  id text PRIMARY KEY,
  indicator text NOT NULL,
  subject text,
  year integer,
  period_start date,
  period_end date,
  status text NOT NULL,
  claim_count integer NOT NULL,
  data jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX facts_indicator ON facts (indicator, subject, year);
CREATE INDEX facts_status ON facts (status);
