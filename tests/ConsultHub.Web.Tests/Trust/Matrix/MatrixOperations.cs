using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Trust.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>Every operation the matrix names, with valid arguments for a <see cref="MatrixRoom"/>.</summary>
public static class MatrixOperations
{
    private const string Api = ConsultationApi.ApiPath;

    /// <summary>Operation name to how it is tried.</summary>
    public static IReadOnlyDictionary<string, MatrixOperation> All { get; } = new Dictionary<string, MatrixOperation>(StringComparer.Ordinal)
    {
        ["Watch"] = new("hub Watch", WatchAsync),
        ["Watch (private)"] = new("hub Watch", WatchAsync, Private: true),
        ["WatchWall"] = new("hub WatchWall", async (room, caller) => await HubCodeAsync(async () => await (await room.ConnectionAsync(caller)).Connection.InvokeAsync<JsonElement>("WatchWall"))),
        ["Leave"] = Hub("Leave"),
        ["RaiseHand"] = Hub("RaiseHand", _ => ["speak"]),
        ["LowerHand"] = Hub("LowerHand"),
        ["PostPoint"] = Hub("PostPoint", _ => ["observation", "A point from the matrix.", null]),
        ["Upvote"] = Hub("Upvote", _ => ["P2"]),
        ["Vote"] = Hub("Vote", _ => ["Q1", 0]),
        ["Start"] = Hub("Start"),
        ["Close"] = Hub("Close"),
        ["GiveFloor"] = Hub("GiveFloor", room => [room.Speaker.ParticipantId]),
        ["EndTurn"] = Hub("EndTurn"),
        ["EndTurn (own turn)"] = Hub("EndTurn") with { SpeakerHasFloor = true },
        ["LowerAllHands"] = Hub("LowerAllHands", _ => [null]),
        ["RemoveHand"] = Hub("RemoveHand", room => [room.Speaker.ParticipantId, null]),
        ["MoveHand"] = Hub("MoveHand", room => [room.Speaker.ParticipantId, 1]),
        ["ApprovePoint"] = Hub("ApprovePoint", _ => ["P1"]),
        ["HidePoint"] = Hub("HidePoint", _ => ["P1", null]),
        ["PinPoint"] = Hub("PinPoint", _ => ["P1", true]),
        ["SetPointTheme"] = Hub("SetPointTheme", _ => ["P1", "capacity"]),
        ["MergePoints"] = Hub("MergePoints", _ => ["P1", "P2"]),
        ["CapturePoint"] = Hub("CapturePoint", _ => ["observation", "Captured by the matrix.", null, null]),
        ["OpenPoll"] = Hub("OpenPoll", _ => ["Another poll?", new[] { "a", "b" }, false]),
        ["ClosePoll"] = Hub("ClosePoll", _ => ["Q1"]),
        ["RemoveParticipant"] = Hub("RemoveParticipant", room => [room.Voter.ParticipantId, null]),
        ["GET directory"] = new("GET /api/consultations", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Get, Api, null)),
        ["GET directory (private listed)"] = new("GET /api/consultations", ListsAsync, Private: true),
        ["POST create"] = new("POST /api/consultations", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Post, Api, new
        {
            title = "Created by the matrix", region = "Europe", timeZone = "Europe/Vienna", themes = Array.Empty<string>(),
            moderationMode = "open", speakingLimitSeconds = 180, queuePolicy = "fifo", capacity = 50, visibility = "public",
        })),
        ["GET view"] = new("GET /api/consultations/{id}", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Get, $"{Api}/{room.Id}", null)),
        ["GET view (private)"] = new("GET /api/consultations/{id}", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Get, $"{Api}/{room.Id}", null), Private: true),
        ["POST join with code"] = new("POST /api/consultations/{id}/participants", (room, caller) =>
            HttpCodeAsync(room, caller, HttpMethod.Post, $"{Api}/{room.Id}/participants", new { joinCode = room.Keys.JoinCode, displayName = "Matrix", stakeholderGroup = "other" })),
        ["POST join without code"] = new("POST /api/consultations/{id}/participants", (room, caller) =>
            HttpCodeAsync(room, caller, HttpMethod.Post, $"{Api}/{room.Id}/participants", new { displayName = "Matrix", stakeholderGroup = "other" })),
        ["GET summary"] = new("GET /api/consultations/{id}/summary", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Get, $"{Api}/{room.Id}/summary?format=json", null)),
        ["GET roll-up"] = new("GET /api/summaries", (room, caller) => HttpCodeAsync(room, caller, HttpMethod.Get, "/api/summaries?format=json", null)),
    };

    private static MatrixOperation Hub(string method, Func<MatrixRoom, object?[]>? args = null) => new($"hub {method}", async (room, caller) =>
    {
        var client = await room.ConnectionAsync(caller);
        return await HubCodeAsync(() => client.SendAsync(method, [room.Id, .. args?.Invoke(room) ?? []]));
    });

    private static async Task<string?> WatchAsync(MatrixRoom room, TrustCaller caller)
    {
        var client = await room.ConnectionAsync(caller);
        return await HubCodeAsync(() => client.WatchAsync(room.Id));
    }

    private static async Task<string?> HubCodeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (HubException ex)
        {
            return HubErrors.Code(ex) is { Length: > 0 } code ? code : "uncoded: " + ex.Message;
        }
    }

    private static async Task<string?> HttpCodeAsync(MatrixRoom room, TrustCaller caller, HttpMethod method, string path, object? body)
    {
        using var response = await room.Host.Api.SendAsync(method, path, body is null ? null : ConsultationApi.Json(body), room.CredentialOf(caller));
        if (response.IsSuccessStatusCode)
        {
            return null;
        }
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var code = problem.TryGetProperty("code", out var c) ? c.GetString() : null;
        return response.StatusCode == HttpStatusCode.Forbidden && code == "forbidden" ? "forbidden" : $"{(int)response.StatusCode} {code}";
    }

    /// <summary>Allowed when the directory lists the (private) room; refused when it leaves it out.</summary>
    private static async Task<string?> ListsAsync(MatrixRoom room, TrustCaller caller)
    {
        using var response = await room.Host.Api.SendAsync(HttpMethod.Get, Api, null, room.CredentialOf(caller));
        response.EnsureSuccessStatusCode();
        var entries = await response.Content.ReadFromJsonAsync<JsonElement>();
        return entries.EnumerateArray().Any(e => e.GetProperty("id").GetString() == room.Id) ? null : "forbidden";
    }
}
