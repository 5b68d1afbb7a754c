-- Included (\i) at the start of every timed benchmark session; the caller
-- sets the psql variable timeout (psql -v timeout=...).
\pset pager off
SET jit = off;                   -- JIT compile time would only add noise
SET enable_memoize = off;        -- a repeated text must be worked on again, as a new one would
SET statement_timeout = :'timeout';  -- a run that takes longer is a finding, not a wait
