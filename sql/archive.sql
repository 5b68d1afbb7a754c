--
-- Keeping an archive's statements in a table, as README's "Extracting a
-- whole archive" recommends: extracted once with CREATE TABLE AS, indexed
-- by speaker, and kept in step with the articles by a trigger on insert,
-- update of the body and delete.  The kept rows must always equal what
-- the functions give on the articles as they are now.
--
CREATE TABLE arch_articles (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO arch_articles VALUES
  (1, E'\u201CWe will win,\u201D Jane Smith said.\n\n\u201CAnd soon,\u201D she added.'),
  (2, E'North Korea denied any involvement in the hack.'),
  (3, E'Nothing was said here.');

-- Once, for what is there (serial here; parallel in the recipe)
CREATE TABLE arch_quotes AS
  SELECT a.id AS article_id, q FROM arch_articles a, extract_quotes(a.body) q;
CREATE INDEX arch_quotes_speaker ON arch_quotes (speaker(q));
CREATE INDEX arch_quotes_article ON arch_quotes (article_id);

-- Then in step: a changed body replaces its article's rows, a deleted article takes them along
CREATE FUNCTION arch_keep_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM arch_quotes WHERE article_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO arch_quotes SELECT NEW.id, q FROM extract_quotes(NEW.body) q;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER arch_keep_quotes AFTER INSERT OR UPDATE OF body OR DELETE ON arch_articles
  FOR EACH ROW EXECUTE FUNCTION arch_keep_quotes();

-- The kept rows against the functions on the articles as they are: none missing, none extra
CREATE VIEW arch_drift AS
  SELECT count(*) AS differing FROM (
    (SELECT article_id, q FROM arch_quotes
     EXCEPT ALL SELECT a.id, q FROM arch_articles a, extract_quotes(a.body) q)
    UNION ALL
    (SELECT a.id, q FROM arch_articles a, extract_quotes(a.body) q
     EXCEPT ALL SELECT article_id, q FROM arch_quotes)) d;

SELECT article_id, kind(q), speaker(q), is_denial(q) FROM arch_quotes ORDER BY article_id, span(q);
SELECT differing FROM arch_drift;

INSERT INTO arch_articles VALUES (4, E'\u201CIt is false,\u201D the minister, Ana Lopez, said.');
UPDATE arch_articles SET body = E'\u201CNo comment,\u201D Jane Smith said.' WHERE id = 1;
DELETE FROM arch_articles WHERE id = 2;

SELECT article_id, kind(q), content(q), speaker(q), role(q), is_denial(q)
  FROM arch_quotes ORDER BY article_id, span(q);
SELECT differing FROM arch_drift;

-- Who is quoted most, from the kept rows, by the speaker index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT article_id FROM arch_quotes WHERE speaker(q) = 'Jane Smith';
RESET enable_seqscan;
SELECT speaker(q), count(*) FROM arch_quotes GROUP BY 1 ORDER BY 2 DESC, 1;

DROP VIEW arch_drift;
DROP TABLE arch_articles;
DROP TABLE arch_quotes;
DROP FUNCTION arch_keep_quotes();
