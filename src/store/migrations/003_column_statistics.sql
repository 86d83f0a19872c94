-- 003: no planner statistics for columns no query filters, joins or groups on.
-- Store.maintain() runs ANALYZE after every ingest; sampling the long texts, spans and JSON of claims, documents and
-- mentions was most of its time, and the planner never reads those statistics.
ALTER TABLE documents
  ALTER COLUMN text SET STATISTICS 0,
  ALTER COLUMN removed SET STATISTICS 0,
  ALTER COLUMN quality SET STATISTICS 0,
  ALTER COLUMN meta SET STATISTICS 0,
  ALTER COLUMN signature SET STATISTICS 0,
  ALTER COLUMN title SET STATISTICS 0,
  ALTER COLUMN author SET STATISTICS 0,
  ALTER COLUMN published_time SET STATISTICS 0;
ALTER TABLE claims
  ALTER COLUMN text SET STATISTICS 0,
  ALTER COLUMN sentence_text SET STATISTICS 0,
  ALTER COLUMN context SET STATISTICS 0,
  ALTER COLUMN data SET STATISTICS 0,
  ALTER COLUMN counted SET STATISTICS 0,
  ALTER COLUMN rule SET STATISTICS 0;
ALTER TABLE doc_entities
  ALTER COLUMN mentions SET STATISTICS 0,
  ALTER COLUMN title SET STATISTICS 0,
  ALTER COLUMN rule SET STATISTICS 0;
ALTER TABLE events
  ALTER COLUMN text SET STATISTICS 0,
  ALTER COLUMN data SET STATISTICS 0,
  ALTER COLUMN rule SET STATISTICS 0;
ALTER TABLE raw_documents
  ALTER COLUMN raw_gz SET STATISTICS 0,
  ALTER COLUMN meta SET STATISTICS 0;
ALTER TABLE doc_search ALTER COLUMN tags SET STATISTICS 0;
ALTER TABLE doc_head ALTER COLUMN head SET STATISTICS 0;
