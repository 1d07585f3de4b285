using System.Text.Json;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>The running turn as the server times it (the observer view from <c>GET /api/consultations/{id}</c>).</summary>
public sealed record FloorTimes(string ParticipantId, DateTimeOffset StartedAt, DateTimeOffset EndsAt, int LimitSeconds)
{
    /// <summary>When the countdown must turn to the warning: 30 seconds before the end.</summary>
    public DateTimeOffset WarningDueAt => EndsAt - TimeSpan.FromSeconds(30);

    /// <summary>Reads the current floor; fails when nobody has it.</summary>
    public static async Task<FloorTimes> ReadAsync(HubBrowserFixture hub, string consultationId)
    {
        using var http = new HttpClient { BaseAddress = hub.Address, Timeout = Waits.Ui };
        using var view = JsonDocument.Parse(await http.GetStringAsync($"api/consultations/{consultationId}"));
        Assert.True(view.RootElement.TryGetProperty("floor", out var floor), "The observer view has no floor.");
        return new FloorTimes(
            floor.GetProperty("participantId").GetString()!,
            floor.GetProperty("startedAt").GetDateTimeOffset(),
            floor.GetProperty("endsAt").GetDateTimeOffset(),
            floor.GetProperty("limitSeconds").GetInt32());
    }
}
