using System.Diagnostics;
using System.Globalization;
using ConsultHub.Web.Hubs;
using ConsultHub.Web.Tests.Trust.Fixtures;
using ConsultHub.Web.Tests.Trust.Fuzz;
using Xunit.Abstractions;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Bad input, at volume: thousands of malformed hub calls (raw SignalR frames, from a moderator, a
/// participant, a removed participant, an observer and an anonymous connection) and HTTP requests, generated
/// from a seed. Each gets a coded error, none is a server error, and neither consultation, the directory nor
/// the journal changes: checked after every batch, with the host's health. A frame past SignalR's size limit
/// (32 KB) or not parsable at all cannot be answered: it counts only when the connection is then closed,
/// and the batch's state check shows it changed nothing.
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
            ("moderator", arena.A.ModeratorKey), ("participant", arena.Speaker.Token), ("removed participant", arena.Removed.Token),
            ("observer", arena.A.ObserverKey), ("anonymous", null),
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
