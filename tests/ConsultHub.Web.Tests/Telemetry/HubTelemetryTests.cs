using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ConsultHub.Web.Telemetry;
using ConsultHub.Web.Tests.Api;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Telemetry;

/// <summary>The Prometheus scrape endpoint: the organizer's only, with the hub's figures in it.</summary>
public sealed partial class HubTelemetryTests
{
    [Fact]
    public async Task Metrics_WithoutTheOrganizerKey_IsForbiddenAsAProblem_AndWithIt_ShowsTheCommandsAccepted()
    {
        var hub = await MetricsHub.StartAsync();
        try
        {
            var keys = await hub.CreateConsultationAsync();
            await using var clients = new ClientPool(hub.Address);
            var moderator = await clients.ConnectAsync(keys.ModeratorKey);
            await moderator.WatchAsync(keys.Id);
            await moderator.SendAsync("Start", keys.Id);
            await moderator.SendAsync("OpenPoll", keys.Id, "Adopt article 2?", new[] { "yes", "no" }, false);
            await moderator.SendAsync("OpenPoll", keys.Id, "Adopt article 3?", new[] { "yes", "no" }, false);

            foreach (var credential in new string?[] { null, keys.ModeratorKey, MetricsHub.OrganizerKey + "x" })
            {
                using var refused = await ScrapeAsync(hub, credential);
                await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden, "forbidden");
            }
            using var bearerInQuery = await hub.Api.Http.GetAsync($"{HubTelemetry.ScrapePath}?access_token={MetricsHub.OrganizerKey}");
            Assert.Equal(HttpStatusCode.Forbidden, bearerInQuery.StatusCode);

            using var scrape = await ScrapeAsync(hub, MetricsHub.OrganizerKey);
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            var text = await scrape.Content.ReadAsStringAsync();
            Assert.Equal(3, Sample(text, "consulthub_commands_accepted_total"));
            Assert.Equal(1, Sample(text, "consulthub_connections"));
            Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
            Assert.Contains("kestrel_active_connections", text, StringComparison.Ordinal);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    [Fact]
    public async Task Otlp_WhenTheEndpointIsSet_PushesTheHubsMeters_ToTheCollector()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var hub = await MetricsHub.StartAsync(
            $"--{HubTelemetry.OtlpEndpointKey}={collector.Address.GetLeftPart(UriPartial.Authority)}",
            "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf",
            "--OTEL_METRIC_EXPORT_INTERVAL=200");
        try
        {
            var keys = await hub.CreateConsultationAsync();
            await using var clients = new ClientPool(hub.Address);
            var moderator = await clients.ConnectAsync(keys.ModeratorKey);
            await moderator.WatchAsync(keys.Id);
            await moderator.SendAsync("Start", keys.Id);

            var name = Encoding.UTF8.GetBytes(HubMetrics.CommandsAccepted);
            var deadline = DateTime.UtcNow + Waits.Short;
            while (!collector.Exports.Any(e => e.Body.AsSpan().IndexOf(name) >= 0) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            Assert.Contains(collector.Exports, e => e.Path == "/v1/metrics" && e.Body.AsSpan().IndexOf(name) >= 0);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    private static Task<HttpResponseMessage> ScrapeAsync(MetricsHub hub, string? credential)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, HubTelemetry.ScrapePath);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }
        return hub.Api.Http.SendAsync(request);
    }

    /// <summary>The one sample of a metric (any labels) in Prometheus text.</summary>
    private static double Sample(string text, string name)
    {
        var samples = SampleLine().Matches(text).Where(m => m.Groups["name"].Value == name).ToList();
        Assert.True(samples.Count == 1, $"expected one sample of {name} in:\n{text}");
        return double.Parse(samples[0].Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex SampleLine();
}
