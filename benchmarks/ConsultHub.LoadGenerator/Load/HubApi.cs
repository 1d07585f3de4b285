using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>The hub's HTTP API, just what setup needs: create a consultation, join participants.</summary>
public sealed class HubApi(Uri server, string organizerKey) : IDisposable
{
    private static readonly string[] Groups = ["civil-society", "academia", "private-sector", "member-state", "international-organization", "other"];
    private static readonly string[] Countries = ["AT", "BR", "KE", "IN", "US", "JP", "ZA", "MX"];

    /// <summary>The regions consultations cycle through; a cluster whose silos carry them spreads the grains (E7).</summary>
    public static readonly IReadOnlyList<string> Regions = ["Europe", "Africa", "Americas"];
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>Creates a public consultation (open points, FIFO, long turns so timers stay quiet).</summary>
    public async Task<(string Id, string JoinCode, string ModeratorKey, string ObserverKey)> CreateAsync(int index)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/consultations")
        {
            Content = JsonContent.Create(new
            {
                title = $"Load test consultation {index}",
                region = Regions[index % Regions.Count],
                timeZone = "Europe/Vienna",
                themes = new[] { "data sharing and privacy", "capacity building" },
                moderationMode = "open",
                speakingLimitSeconds = 3600,
                queuePolicy = "fifo",
                capacity = 10_000,
                visibility = "public",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", organizerKey);
        var body = await SendAsync(request);
        return (body.GetProperty("id").GetString()!, body.GetProperty("joinCode").GetString()!,
            body.GetProperty("moderatorKey").GetString()!, body.GetProperty("observerKey").GetString()!);
    }

    /// <summary>Joins a participant; returns their id and token.</summary>
    public async Task<(string ParticipantId, string Token)> JoinAsync(string id, string joinCode, int index)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/consultations/{id}/participants")
        {
            Content = JsonContent.Create(new
            {
                joinCode,
                displayName = $"Participant {index}",
                stakeholderGroup = Groups[index % Groups.Length],
                country = Countries[index % Countries.Length],
            }),
        };
        var body = await SendAsync(request);
        return (body.GetProperty("participantId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {request.Method} {request.RequestUri}: {text}");
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
