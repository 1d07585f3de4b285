using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Telemetry;
using ConsultHub.Web.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Telemetry;

/// <summary>The hub's meters, read after a session scripted through real SignalR connections.</summary>
public sealed class HubMetricsTests
{
    [Fact]
    public async Task AScriptedSession_IsCountedExactly_AsCommandsAppendsFramesConnectionsAndActivations()
    {
        var hub = await MetricsHub.StartAsync();
        try
        {
            var meter = hub.Services.GetRequiredService<HubMetrics>().Meter;
            using var frames = new MetricCollector<double>(meter, HubMetrics.FanOutDuration);
            var keys = await hub.CreateConsultationAsync();
            var amina = await hub.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety);
            await using var clients = new ClientPool(hub.Address);
            var moderator = await clients.ConnectAsync(keys.ModeratorKey);
            var participant = await clients.ConnectAsync(amina.Token);
            var observer = await clients.ConnectAsync(keys.ObserverKey);
            HubClient[] everyone = [moderator, participant, observer];
            foreach (var client in everyone)
            {
                await client.WatchAsync(keys.Id);
            }
            // Watching connects the participant durably before it returns: the appends that follow are the script's.
            var before = await VersionAsync(hub, keys);
            using var accepted = new MetricCollector<long>(meter, HubMetrics.CommandsAccepted);
            using var refused = new MetricCollector<long>(meter, HubMetrics.CommandsRefused);
            using var durations = new MetricCollector<double>(meter, HubMetrics.CommandDuration);
            using var appends = new MetricCollector<long>(meter, HubMetrics.JournalAppends);
            using var batches = new MetricCollector<int>(meter, HubMetrics.JournalAppendEvents);

            await moderator.SendAsync("Start", keys.Id);
            await participant.SendAsync("RaiseHand", keys.Id, "speak");
            await participant.SendAsync("PostPoint", keys.Id, "observation", "Publish the registry as open data.", "data");
            await RefusedAsync("invalid", participant, "RaiseHand", keys.Id, "shout");
            await participant.SendAsync("LowerHand", keys.Id);
            await RefusedAsync("forbidden", participant, "OpenPoll", keys.Id, "Adopt article 2?", new[] { "yes", "no" }, false);
            var last = await moderator.SendAsync("OpenPoll", keys.Id, "Adopt article 2?", new[] { "yes", "no" }, false);

            Assert.Equal(5, accepted.GetMeasurementSnapshot().EvaluateAsCounter());
            var refusals = refused.GetMeasurementSnapshot();
            Assert.Equal(2, refusals.Count);
            Assert.Equal(1, refusals.Count(m => m.Tags["code"] is "invalid" && m.Value == 1));
            Assert.Equal(1, refusals.Count(m => m.Tags["code"] is "forbidden" && m.Value == 1));
            var timed = durations.GetMeasurementSnapshot();
            Assert.Equal(5, timed.Count);
            Assert.All(timed, m => Assert.InRange(m.Value, double.Epsilon, Waits.Short.TotalMilliseconds));

            Assert.Equal(5, appends.GetMeasurementSnapshot().EvaluateAsCounter());
            var sizes = batches.GetMeasurementSnapshot();
            Assert.Equal(5, sizes.Count);
            Assert.Equal(last.Version - before, sizes.Sum(m => m.Value));

            // Every event frame a client received was written once to its connection, and timed.
            foreach (var client in everyone)
            {
                await client.VersionAsync(last.Version, Waits.Short);
            }
            var received = everyone.Sum(client => client.Events.Count);
            Assert.True(received >= 3 * (last.Version - before), $"each connection gets every event; {received} frames arrived");
            await frames.WaitForMeasurementsAsync(received, Waits.Short);
            Assert.Equal(received, frames.GetMeasurementSnapshot().Count);
            Assert.All(frames.GetMeasurementSnapshot(), m => Assert.True(m.Value >= 0));

            var silo = $"{Environment.MachineName}:{hub.Address.Port}";
            using var connections = new MetricCollector<int>(meter, HubMetrics.Connections);
            using var activations = new MetricCollector<int>(meter, HubMetrics.Activations);
            connections.RecordObservableInstruments();
            activations.RecordObservableInstruments();
            Assert.Equal(3, connections.LastMeasurement!.Value);
            Assert.Equal(silo, connections.LastMeasurement.Tags["silo"]);
            Assert.Equal(1, activations.LastMeasurement!.Value);
            Assert.Equal(silo, activations.LastMeasurement.Tags["silo"]);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static async Task<long> VersionAsync(MetricsHub hub, ConsultationKeys keys) =>
        (await hub.Api.GetViewAsync(keys.Id, keys.ModeratorKey)).GetProperty("version").GetInt64();
}
