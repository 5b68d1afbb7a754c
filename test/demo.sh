#!/bin/sh
# `make demo`, inside pg_virtualenv: load the seed articles with COPY and
# print their quotes with speakers.
set -e
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION IF NOT EXISTS article_analysis;
DROP TABLE IF EXISTS articles;
CREATE TABLE articles (id text PRIMARY KEY, source text, published date, title text, body text NOT NULL);
\copy articles FROM 'seeds/articles.csv' WITH (FORMAT csv, HEADER)
\pset pager off
\echo
\echo 'Quotes of both seed articles, with their speakers:'
SELECT a.id, kind(q), speaker(q), cue(q), left(content(q), 70) AS content
  FROM articles a, extract_quotes(a.body) q
 ORDER BY a.id, lower(span(q));
\echo 'Speakers:'
SELECT a.id, s.speaker, s.role, s.quotes, s.denials
  FROM articles a, extract_speakers(a.body) s
 ORDER BY a.id, s.quotes DESC, s.speaker;
SQL
