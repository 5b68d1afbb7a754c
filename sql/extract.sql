--
-- extract_quotes, extract_denials and extract_speakers on short texts:
-- every kind of mark, apostrophes, nesting, paragraphs, titles, and the
-- inputs that must not break anything.
--
\pset null '(null)'

-- Curly marks, speaker after the quote
SELECT kind(q), span(q), content(q), speaker(q), mention(q), role(q), cue(q)
  FROM extract_quotes(E'\u201CWe will win,\u201D Smith said.') q;

-- Straight marks, inverted "said X" with an appositive
SELECT kind(q), content(q), speaker(q), role(q), cue(q)
  FROM extract_quotes('"We will win," said John Smith, a senator from Ohio.') q;

-- British style: the punctuation after the closing mark, a short quote still direct
SELECT kind(q), content(q), speaker(q), cue(q)
  FROM extract_quotes(E'\u2018We will win\u2019, Jane Smith said. \u201CAnd soon\u201D, she added.') q;

-- Single marks at top level
SELECT kind(q), content(q), speaker(q)
  FROM extract_quotes(E'\u2018We have not caved,\u2019 Lynton said.') q;

-- Apostrophes are not marks
SELECT count(*) FROM extract_quotes(E'Don''t worry: it''s the U.S.'' stance since the ''90s, rock''n''roll and rock ''n'' roll, don\u2019t you think, said Smith.');

-- A quote nested in a quote stays inside it
SELECT content(q), speaker(q)
  FROM extract_quotes(E'\u201CHe told me \u2018never again\u2019 twice,\u201D she said.') q;

-- Multi-paragraph quote: one quote per paragraph, same speaker, no cue on the continuation
SELECT kind(q), content(q), speaker(q), role(q), cue(q)
  FROM extract_quotes(E'Sony CEO Michael Lynton said: \u201CFirst part of it.\n\n\u201CSecond part of it.\u201D\n\nThe end.') q;

-- An unbalanced mark costs only its own paragraph
SELECT kind(q), content(q), speaker(q), mention(q)
  FROM extract_quotes(E'\u201CThis never closes and goes on.\n\nPresident Barack Obama said the plan was \u201Cfine\u201D today.\n\n\u201CThird time,\u201D he said.') q;

-- Titles and scare quotes are not quotes
SELECT count(*) FROM extract_quotes(E'He criticized the film, \u201CThe Interview,\u201D but said nothing.');
SELECT count(*) FROM extract_quotes(E'The so-called \u201Cexperts\u201D were wrong again.');
-- ... nor are scare quotes in the subject of a cue, or a nickname, which stays in the name
SELECT kind(q), content(q), speaker(q), mention(q), cue(q)
  FROM extract_quotes(E'The so-called \u201Cexperts\u201D said the plan would fail. '
                      || E'Earvin \u201CMagic\u201D Johnson disagreed. \u201CIt will work,\u201D Johnson said.') q;

-- Mixed: a quoted fragment inside reported speech
SELECT kind(q), content(q), speaker(q), cue(q)
  FROM extract_quotes(E'North Korea called the accusations \u201Cgroundless slander\u201D on Saturday.') q;

-- The addressee is not the speaker
SELECT content(q), speaker(q), role(q), cue(q)
  FROM extract_quotes(E'Earlier, Kim Song, a North Korean diplomat, denied it, telling the Associated Press: \u201CThere is no connection.\u201D') q;

-- After an owner's possessive the person is the speaker; a plural possessive stays in the phrase
SELECT kind(q), content(q), speaker(q), mention(q)
  FROM extract_quotes(E'CNN\u2019s Jake Tapper said the vote was close. The players\u2019 union said it would appeal.') q;

-- One speaker per person, however the article names them: after a party, with an
-- affiliation after "of", with a title of a domain, by the last words of the name
SELECT speaker, role, mentions, quotes
  FROM extract_speakers(E'Sen. Bernie Sanders of Vermont spoke first. \u201CWe will win,\u201D Sanders said. '
                        || E'Republican Donald Trump disagreed. \u201CNo,\u201D Trump said. '
                        || E'Secretary of State John F. Kerry said talks went well. '
                        || E'Debbie Wasserman Schultz spoke last. Wasserman Schultz said the party was ready.')
 ORDER BY speaker;

-- "according to"
SELECT content(q), speaker(q), cue(q)
  FROM extract_quotes(E'According to Senator Jane Doe, the bill is \u201Cdead on arrival.\u201D') q;

-- Pronouns: resolved to a compatible person named before, or left NULL
SELECT content(q), speaker(q), mention(q), cue(q)
  FROM extract_quotes(E'US President Barack Obama spoke on Friday.\n\n\u201CI think they made a mistake,\u201D he said. \u201CWe cannot allow it.\u201D') q;
SELECT content(q), speaker(q), mention(q), confidence(q) < 0.5 AS unsure
  FROM extract_quotes(E'\u201CIt was fine,\u201D he said.') q;

-- Character offsets, not bytes: substr() gives back the content
SELECT span(q), content(q), substr(t, lower(span(q)), upper(span(q)) - lower(span(q))) = content(q) AS same
  FROM (SELECT E'Caf\u00e9 \u201COl\u00e9 ol\u00e9 ol\u00e9,\u201D Smith said.' AS t) s, extract_quotes(t) q;

-- NULL, empty and blank input
SELECT count(*) FROM extract_quotes(NULL);
SELECT count(*) FROM extract_quotes('');
SELECT count(*) FROM extract_quotes(E'  \n\n\t ');
SELECT count(*) FROM extract_denials('');
SELECT count(*) FROM extract_speakers('');

-- Big and hostile input ends in a result
SELECT count(*) FROM extract_quotes(repeat(E'\u201CWe will win,\u201D Smith said. ', 100000));
SELECT count(*) FROM extract_quotes(repeat('"', 100000));
SELECT count(*) FROM extract_quotes(repeat(E'\u201C', 50000));
SELECT count(*) FROM extract_quotes(repeat(E'\u201Cunclosed\n', 20000));
SELECT speaker, quotes FROM extract_speakers(repeat(E'\u201CWe will win,\u201D Smith said. ', 1000));

-- extract_speakers's row type comes from its caller's descriptor: the same
-- rows in a select list, under a field selection and in ROWS FROM
SELECT extract_speakers(E'\u201CNo,\u201D Jane Doe, the mayor, said. \u201CNever,\u201D she said.');
SELECT (extract_speakers(E'\u201CNo,\u201D Jane Doe, the mayor, said.')).mentions;
SELECT s.who, s.title, g FROM ROWS FROM (extract_speakers(E'\u201CNo,\u201D Jane Doe said.'), generate_series(1, 2)) AS s(who, title, m, q, d, g);

-- Function properties the planner relies on
SELECT proname, provolatile, proparallel, proisstrict, procost, prorows, proretset
  FROM pg_proc WHERE proname IN ('extract_quotes', 'extract_denials', 'extract_speakers')
 ORDER BY proname;

-- Every object of the extension has a comment
SELECT pg_describe_object(classid, objid, 0) AS uncommented
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'article_analysis')
   AND d.deptype = 'e'
   AND obj_description(objid, classid::regclass::text) IS NULL
 ORDER BY 1;

-- Installed into the schema it was created in, not relocatable
SELECT extname, extrelocatable, nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'article_analysis';
