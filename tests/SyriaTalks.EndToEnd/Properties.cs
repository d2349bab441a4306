// The browser collections each start an app process and a Chromium: one at a time keeps a 2-core CI machine
// responsive and the screenshots written by one run at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
