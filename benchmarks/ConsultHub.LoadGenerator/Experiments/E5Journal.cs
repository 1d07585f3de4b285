using System.Globalization;
using ConsultHub.LoadGenerator.Hosts;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>E5: journal writes, records and bytes per command, SQLite and Azure Table (Azurite).</summary>
public static class E5Journal
{
    /// <summary>Runs E5 with both journals (Azurite is skipped, with the reason, when it cannot start).</summary>
    public static async Task RunAsync(int consultations, int participants, double rate, int seconds)
    {
        var rows = new List<string[]>();
        var sqlite = await Run("SQLite", null);
        rows.Add(sqlite);
        var azuriteDir = Directory.CreateTempSubdirectory("consulthub-azurite-").FullName;
        try
        {
            await using var azurite = await Servers.StartAzuriteAsync(azuriteDir);
            string[] storage = ["--Storage:Provider=AzureTable", $"--Storage:AzureTable:ConnectionString={Servers.AzuriteConnectionString(azurite.Url)}", "--Storage:AzureTable:TableName=bench"];
            rows.Add(await Run("Azure Table (Azurite)", storage));
        }
        catch (InvalidOperationException ex)
        {
            rows.Add(["Azure Table (Azurite)", $"skipped: {ex.Message}", "", "", "", "", "", "", ""]);
        }
        Report.Table($"E5: {consultations} consultations x {participants} participants, {rate} command/s each, {seconds} s",
            ["journal", "accepted commands", "appends / command", "commits / command", "events / command", "journal bytes / event", "wire bytes / event", "p99 ms", "load"], rows);

        async Task<string[]> Run(string name, IEnumerable<string>? storage) => await Runner.WithServerAsync<string[]>(Target.Hub, $"E5 {name}", async (session, server) =>
        {
            await Runner.Show("E5 setup", session, () => session.AddConsultationsAsync(consultations, participants, 0));
            await Runner.WarmUpAsync(session, rate);
            var before = await ServerDiagnostics.ReadAsync(server.Url);
            var step = await Runner.Show("E5", session, () => session.MeasureAsync(name, rate, TimeSpan.FromSeconds(seconds)));
            var after = await ServerDiagnostics.ReadAsync(server.Url);
            var commands = Math.Max(1, step.Accepted);
            var records = Math.Max(1, after.Records - before.Records);
            string F(double v, string format = "N2") => v.ToString(format, CultureInfo.InvariantCulture);
            return
            [
                name, F(step.Accepted, "N0"), F((after.Appends - before.Appends) / (double)commands),
                after.Commits is { } c && before.Commits is { } b ? F((c - b) / (double)commands) : "n/a (one transaction per append)",
                F((after.Records - before.Records) / (double)commands), F((after.RecordBytes - before.RecordBytes) / (double)records, "N0"),
                F(step.BytesPerEvent, "N0"), F(step.P99, "N1"), F(step.LoadAverage, "N1"),
            ];
        }, hubStorage: storage);
    }
}
