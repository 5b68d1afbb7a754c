--
-- Denials and speakers: each rule that finds a denial, each family of
-- sentences that must not come out as one, and how speakers resolve.
--
\pset null '(null)'

-- A denial per row: speaker, cue, what is denied
CREATE TEMP TABLE denial_cases (n int, body text);
INSERT INTO denial_cases VALUES
 (1, 'Kim Song denied the allegation that his country was involved in the hack.'),
 (2, 'North Korea denies any involvement in the cyber-attack and offers talks.'),
 (3, 'The ministry rejected the accusations of fraud as baseless.'),
 (4, E'North Korea called the accusations \u201Cgroundless slander\u201D on Saturday.'),
 (5, 'The agency said the reports were false.'),
 (6, E'\u201CThere is no connection,\u201D Kim Song said.'),
 (7, 'Kim Song said his government had neither hacked Sony nor helped the hackers.'),
 (8, 'The former aide pleaded not guilty to the charges, his lawyer said.'),
 (9, 'Mr. Ailes''s denial of the allegations came on Friday.'),
 (10, 'The claims, which the senator has always denied, resurfaced on Monday.'),
 (11, 'Officials dismissed the report as a hoax.');
SELECT c.n, speaker(d), cue(d), denied(d)
  FROM denial_cases c, extract_denials(c.body) d
 ORDER BY c.n, lower(span(d));

-- Not denials: nothing may come out of these
CREATE TEMP TABLE not_denial_cases (n int, body text);
INSERT INTO not_denial_cases VALUES
 (1, 'The suspect was denied bail by the judge, prosecutors said.'),
 (2, 'She was denied entry at the border and denied a visa, her lawyer said.'),
 (3, 'The court denied them the chance to appeal.'),
 (4, 'The spokesman refused to confirm or deny the report.'),
 (5, 'The company declined to comment on the matter.'),
 (6, 'The minister did not deny that talks took place.'),
 (7, 'The evidence is undeniable, the prosecutor said.'),
 (8, 'The bank suffered a denial of service attack, officials said.'),
 (9, 'The council rejected a proposal for a new stadium.'),
 (10, 'The coach was dismissed by the club on Tuesday.'),
 (11, 'Both countries claim the disputed waters, officials said.'),
 (12, E'\u201CWe cannot have a society in which a dictator imposes censorship,\u201D he said.'),
 (13, 'Cinema chains said they would not screen the film.');
SELECT c.n, content(d) AS wrongly_found
  FROM not_denial_cases c, extract_denials(c.body) d
 ORDER BY c.n;

-- Speakers: how each kind of mention resolves
CREATE TEMP TABLE speaker_cases (n int, body text);
INSERT INTO speaker_cases VALUES
 (1, E'US President Barack Obama spoke on Friday.\n\n\u201CI think they made a mistake,\u201D he said.'),
 (2, E'Sony Pictures CEO Michael Lynton spoke first. Later Mr Lynton said the firm had \u201Cno alternative\u201D.'),
 (3, E'Sony Pictures CEO Michael Lynton spoke. The Sony boss said the firm would look at \u201Calternative platforms\u201D soon.'),
 (4, E'North Korea was blamed. Pyongyang warned of \u201Cgrave consequences\u201D if talks failed.'),
 (5, E'North Korea was blamed. The secretive state said the claims were \u201Cgroundless slander\u201D.'),
 (6, E'Kim Song, a North Korean diplomat at the United Nations, said the claims were \u201Cslander\u201D.'),
 (7, E'\u201CIt was fine,\u201D she said.'),
 (8, E'Senator Hillary Clinton met Bernie Sanders.\n\n\u201CIt went well,\u201D she said.'),
 (9, E'\u201CWe will look into it,\u201D said the FBI in a statement.'),
 (10, E'\u201CWe will strike back,\u201D officials said.'),
 (11, E'The plan was backed by Senator Jane Doe, who said the vote would be \u201Cclose\u201D.');
SELECT c.n, kind(q), speaker(q), mention(q), role(q), cue(q)
  FROM speaker_cases c, extract_quotes(c.body) q
 WHERE kind(q) <> 'indirect'
 ORDER BY c.n, lower(span(q));

-- extract_speakers lists each entity once, with every mention
SELECT speaker, role, mentions, quotes, denials
  FROM extract_speakers(E'US President Barack Obama said the plan was fine. Mr Obama added: \u201CWe are ready.\u201D\n\n\u201CWe will not wait,\u201D he said.');
