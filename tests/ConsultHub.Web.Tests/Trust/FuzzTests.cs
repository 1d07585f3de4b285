using System.Diagnostics;
using System.Globalization;
using ConsultHub.Web.Hubs;
using ConsultHub.Web.Tests.Trust.Fixtures;
using ConsultHub.Web.Tests.Trust.Fuzz;
using Xunit.Abstractions;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Bad input, at volume: thousands of malformed hub calls and HTTP requests generated from a seed, sent
/// by every kind of caller. Each gets a coded error (or, for frames past SignalR's size limit or not
/// parsable at all, a closed connection), none is a server error, and neither consultation, the directory
/// nor the journal changes: checked after every batch.
/// </summary>
[Collection(OpenLimitsCollection.Name)]
public sealed class FuzzTests(OpenLimitsHost host, ITestOutputHelper output)
{
    /// <summary>The seed when <c>TRUST_FUZZ_SEED</c> is not set.</summary>
    public const int DefaultSeed = 20_260_417;

    private const int Batches = 10, HubInputsPerBatch = 900, HttpInputsPerBatch = 300;

    [Fact]
    public async Task MalformedInput_ToEveryHubMethodAndEndpoint_GetsACodedError_AndChangesNothing()
    {
        var seed = Environment.GetEnvironmentVariable("TRUST_FUZZ_SEED") is { Length: > 0 } configured ? int.Parse(configured, CultureInfo.InvariantCulture) : DefaultSeed;
        var arena = await FuzzArena.ArrangeAsync(host);
        var probe = new StateProbe(host, arena);
        var before = await probe.CaptureAsync();
        var tally = new FuzzTally();
        var hubInputs = new HubInputs(arena, seed, new HubLimitsOptions().MaxMessageBytes);
        var callers = new (string Name, string? Credential)[]
        {
            ("moderator", arena.A.ModeratorKey), ("participant", arena.Speaker.Token), ("observer", arena.A.ObserverKey), ("anonymous", null),
        };
        var httpInputs = new HttpInputs(arena, seed);
        var http = new HttpFuzzer(host.Api.Http, tally);
        var fuzzers = callers.Select(c => new HubFuzzer(host.Address, c.Credential, c.Name, tally)).ToList();
        var clock = Stopwatch.StartNew();
        try
        {
            for (var batch = 0; batch < Batches; batch++)
            {
                var inputs = Enumerable.Range(0, HubInputsPerBatch).Select(_ => hubInputs.Next()).ToList();
                await Task.WhenAll(fuzzers.Select((fuzzer, i) => fuzzer.RunAsync(inputs.Where((_, n) => n % fuzzers.Count == i))));
                await http.RunAsync([.. Enumerable.Range(0, HttpInputsPerBatch).Select(_ => httpInputs.Next())]);
                var after = await probe.CaptureAsync();
                Assert.True(before == after, $"Batch {batch} changed state:\n{StateProbe.Difference(before, after)}\nFailures so far:\n{string.Join("\n", tally.Failures.Take(25))}");
                await AliveAsync();
            }
        }
        finally
        {
            foreach (var fuzzer in fuzzers)
            {
                await fuzzer.DisposeAsync();
            }
        }

        output.WriteLine($"Seed {seed} (set TRUST_FUZZ_SEED to replay another): {tally.Inputs:N0} inputs in {clock.Elapsed.TotalSeconds:F1} s, server errors {tally.ServerErrors}, failures {tally.Failures.Count}, state changes 0.");
        output.WriteLine(tally.ToString());
        Assert.True(tally.Failures.Count == 0, $"{tally.Failures.Count} inputs broke the rules, for example:\n{string.Join("\n", tally.Failures.Take(25))}");
        Assert.True(tally.Inputs >= 10_000, $"Only {tally.Inputs} inputs were tried.");
    }

    private async Task AliveAsync()
    {
        using var health = await host.Api.SendAsync(HttpMethod.Get, "/healthz", null, null);
        Assert.True(health.IsSuccessStatusCode, $"The host is not healthy: {(int)health.StatusCode}.");
    }
}
