using System.Text.Json;
using ConsultHub.Storage;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Trust.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// Everything a fuzz input could change, as text: both consultations' moderator views (version
/// included), the organizer's directory and the journal's list of streams.
/// </summary>
public sealed class StateProbe(TrustHost host, FuzzArena arena)
{
    /// <summary>The current state, comparable as a string.</summary>
    public async Task<string> CaptureAsync()
    {
        var a = await host.Api.GetViewAsync(arena.A.Id, arena.A.ModeratorKey);
        var b = await host.Api.GetViewAsync(arena.B.Id, arena.B.ModeratorKey);
        using var directory = await host.Api.SendAsync(HttpMethod.Get, ConsultationApi.ApiPath, null, TrustHost.OrganizerKey);
        directory.EnsureSuccessStatusCode();
        var streams = await host.Services.GetRequiredService<IEventJournal>().ListStreamsAsync();
        return string.Join("\n",
            $"A@{a.GetProperty("version").GetInt64()} {JsonSerializer.Serialize(a)}",
            $"B@{b.GetProperty("version").GetInt64()} {JsonSerializer.Serialize(b)}",
            await directory.Content.ReadAsStringAsync(),
            string.Join(",", streams.Order(StringComparer.Ordinal)));
    }

    /// <summary>Where two captures part, with some context, for failure messages.</summary>
    public static string Difference(string before, string after)
    {
        var at = 0;
        while (at < before.Length && at < after.Length && before[at] == after[at])
        {
            at++;
        }
        var from = Math.Max(0, at - 200);
        return $"before: …{before[from..Math.Min(before.Length, at + 200)]}…\nafter:  …{after[from..Math.Min(after.Length, at + 200)]}…";
    }
}
