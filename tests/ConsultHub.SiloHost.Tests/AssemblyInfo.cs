// Every test here runs real host processes and measures latency and memory on a small machine;
// running them one at a time keeps one test's load out of another's figures.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
