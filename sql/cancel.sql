--
-- Long extraction honours query cancellation: statement_timeout fires in
-- the middle of the engine's work on a 200 MB article (which takes seconds)
-- and the query ends with the usual message, not after the work is done.
--
SET statement_timeout = '300ms';
SELECT count(*) FROM extract_quotes(repeat('He said the plan was fine. ', 7767893));
SELECT count(*) FROM extract_speakers(repeat('He said the plan was fine. ', 7767893));
RESET statement_timeout;
-- the backend is fine afterwards
SELECT count(*) FROM extract_quotes('“We will win,” Smith said.');
