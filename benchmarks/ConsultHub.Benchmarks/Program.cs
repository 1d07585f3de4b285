using BenchmarkDotNet.Running;
using ConsultHub.Benchmarks;

// "journal-latency" times single paced appends (stalls on the write path show up there);
// "journal" runs the journal throughput measurement (a plain timed loop: BenchmarkDotNet does not
// model concurrent writers); anything else goes to BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "journal-latency")
{
    await JournalLatency.RunAsync(args.Skip(1).ToArray());
    return;
}
if (args.Length > 0 && args[0] == "journal")
{
    await JournalThroughput.RunAsync(args.Skip(1).ToArray());
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(DecideApplyBenchmarks).Assembly).Run(args);
