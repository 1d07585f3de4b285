using System.Text.Json;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>Reads a server's <c>/diagnostics</c> (hub: Hub:Diagnostics:Enabled=true; the baseline always has it).</summary>
public sealed record ServerDiagnostics(long HeapBytes, long WorkingSetBytes, int Activations, long Appends, long Records, long RecordBytes, long? Commits, long Snapshots)
{
    /// <summary>Reads the endpoint (it forces a full, compacting collection first).</summary>
    public static async Task<ServerDiagnostics> ReadAsync(Uri server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var root = JsonDocument.Parse(await http.GetStringAsync(new Uri(server, "/diagnostics"))).RootElement;
        var journal = root.TryGetProperty("journal", out var j) ? j : default;
        long Journal(string name) => journal.ValueKind == JsonValueKind.Object && journal.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        long? commits = journal.ValueKind == JsonValueKind.Object && journal.TryGetProperty("commits", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64() : null;
        return new ServerDiagnostics(root.GetProperty("managedHeapBytes").GetInt64(), root.GetProperty("workingSetBytes").GetInt64(),
            root.GetProperty("activations").GetInt32(), Journal("appends"), Journal("records"), Journal("recordBytes"), commits, Journal("snapshots"));
    }
}
