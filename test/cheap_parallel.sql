-- Included (\i) by the benchmark scripts that compare serial and parallel
-- plans: parallel query made free to start, so that only whether a plan
-- may use workers decides, not the corpus's size against the defaults.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
