// The classes run one after another: each starts its own host and Chromium, and the observer
// latency the session test measures must not compete with the other class on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
