--
-- The two seed articles, loaded with COPY as a user would, and what comes
-- out of them (checked line by line against shared/gold/seeds.gold.json).
--
\pset null '(null)'
CREATE TABLE articles (id text PRIMARY KEY, source text, published date, title text, body text NOT NULL);
\copy articles FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)
SELECT id, title, length(body) FROM articles ORDER BY id;

-- Every quote, in text order, with its speaker
SELECT a.id, lower(span(q)) AS start, upper(span(q)) AS "end", kind(q), speaker(q), mention(q), role(q), cue(q),
       round(confidence(q)::numeric, 2) AS conf, content(q)
  FROM articles a, extract_quotes(a.body) q
 ORDER BY a.id, lower(span(q));

-- span points at content
SELECT count(*) AS spans_off
  FROM articles a, extract_quotes(a.body) q
 WHERE substr(a.body, lower(span(q)), upper(span(q)) - lower(span(q))) <> content(q);

-- The film title in marks is not a quote
SELECT count(*) AS titles FROM articles a, extract_quotes(a.body) q WHERE content(q) LIKE 'The Interview%';

-- Speakers
SELECT a.id, s.speaker, s.role, s.mentions, s.quotes, s.denials
  FROM articles a, extract_speakers(a.body) s
 ORDER BY a.id, s.speaker;

-- Who is quoted most across the archive
SELECT speaker(q), count(*) FROM articles a, extract_quotes(a.body) q GROUP BY 1 ORDER BY 2 DESC, 1;

-- The JSON form of a few quotes
SELECT q::jsonb FROM articles a, extract_quotes(a.body) q
 WHERE a.id = '004_3aa3a5d14987dea5' ORDER BY q LIMIT 3;

-- Denials
SELECT a.id, speaker(d), cue(d), denied(d), content(d)
  FROM articles a, extract_denials(a.body) d
 ORDER BY a.id, lower(span(d));

-- Quotes are values: DISTINCT, ORDER BY, GROUP BY
SELECT count(DISTINCT q) = count(*) AS all_distinct FROM articles a, extract_quotes(a.body) q;
