-- 002: full-text search moves to a narrow table of its own.
-- Counting and date-ordering matches visits one heap row per match; in documents a row carries the text, so a
-- frequent word read ~20,000 pages at 100,000 documents. Here a row is the document id, the columns searches filter
-- -- and facet on, and the search vector pushed out of line (toast_tuple_target), so the same visit reads ~1,500 pages.
-- Ranking reads doc_head (title and lead), only for the window of matches it ranks, never the whole search vector.
-- The vector holds the words, pairs of adjacent words ("viet_nam") and filter tags ("e:VN", "i:trade.total",
-- "t:visit", "o:outlet"), without positions: filters and phrases are index lookups, not per-document checks, and
-- ranking reads doc_head (src/store/search-key.ts).

CREATE TABLE doc_search (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  published date,
  -- The order of results beyond relevance: newest first, undated last, as one indexable key.
  recency date GENERATED ALWAYS AS (coalesce(published, '-infinity'::date)) STORED,
  outlet text,
  -- false once a newer version of the same URL/source is stored (documents.superseded_by).
  latest boolean NOT NULL DEFAULT true,
  tags text[] NOT NULL DEFAULT '{}',
  search tsvector NOT NULL DEFAULT ''
) WITH (toast_tuple_target = 128);
-- Only the search vector may leave the row: the rest is read for every match.
ALTER TABLE doc_search ALTER COLUMN tags SET STORAGE MAIN, ALTER COLUMN outlet SET STORAGE MAIN;

-- The title's words (weight A) and the lead's first 40 (weight B), with positions: what ranking reads.
CREATE TABLE doc_head (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  head tsvector NOT NULL DEFAULT ''
);

-- The head from the stored vector: every word with a position among the first 60 (title and lead).
INSERT INTO doc_head (doc_id, head)
SELECT d.id, coalesce((SELECT string_agg(quote_literal(u.lexeme) || ':' || (
      SELECT string_agg(pw.p::text || CASE pw.w WHEN 'D' THEN '' ELSE pw.w END, ',' ORDER BY pw.p)
      FROM unnest(u.positions, u.weights) AS pw (p, w) WHERE pw.p <= 60), ' ')::tsvector
    FROM unnest(d.search) u WHERE u.positions[1] <= 60), ''::tsvector)
FROM documents d;

INSERT INTO doc_search (doc_id, published, outlet, latest, tags, search)
SELECT d.id, d.published, d.outlet, d.superseded_by IS NULL, t.tags,
  strip(d.search)
  || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT a.lexeme || '_' || b.lexeme))
       FROM (SELECT u.lexeme, p FROM unnest(d.search) u, unnest(u.positions) p) a
       JOIN (SELECT u.lexeme, p FROM unnest(d.search) u, unnest(u.positions) p) b ON b.p = a.p + 1), ''::tsvector)
  || array_to_tsvector(t.tags)
FROM documents d
CROSS JOIN LATERAL (
  SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') AS tags FROM (
    SELECT 'e:' || entity_id FROM doc_entities WHERE doc_id = d.id
    UNION ALL SELECT 'i:' || indicator FROM claims WHERE doc_id = d.id AND indicator IS NOT NULL
    UNION ALL SELECT 't:' || type FROM events WHERE doc_id = d.id
    UNION ALL SELECT 'o:' || d.outlet WHERE d.outlet IS NOT NULL
  ) s (x)
) t;

CREATE INDEX doc_search_words ON doc_search USING gin (search) WITH (gin_pending_list_limit = 16384);
CREATE INDEX doc_search_recency ON doc_search (recency, doc_id);

DROP INDEX documents_search;
ALTER TABLE documents DROP COLUMN search;
