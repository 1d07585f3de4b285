using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// What the fuzz run attacks: consultation A (public, live, three points, an open poll, one raised hand,
/// a removed participant) and consultation B (private, more points and polls, its own participants) whose
/// ids must never work in A. No turn runs and nobody watches, so no timer or presence change can move
/// either version while the run is on: any change would be the fuzz input's doing.
/// </summary>
/// <param name="A">Consultation A's id and secrets.</param>
/// <param name="B">Consultation B's id and secrets.</param>
/// <param name="Speaker">A's participant with a raised hand (Amina).</param>
/// <param name="Voter">A's other participant (Bao), who voted.</param>
/// <param name="Removed">A's removed participant (Rui).</param>
/// <param name="OtherParticipants">B's participant ids.</param>
public sealed record FuzzArena(ConsultationKeys A, ConsultationKeys B, ParticipantToken Speaker, ParticipantToken Voter, ParticipantToken Removed, IReadOnlyList<string> OtherParticipants)
{
    /// <summary>A's points are P1..P3; B has up to this one.</summary>
    public const int PointsInA = 3, PointsInB = 6;

    /// <summary>A has poll Q1; B has Q1..Q3.</summary>
    public const int PollsInA = 1, PollsInB = 3;

    /// <summary>Point ids that exist in B only.</summary>
    public static IReadOnlyList<string> PointsOfBOnly { get; } = [.. Enumerable.Range(PointsInA + 1, PointsInB - PointsInA).Select(i => $"P{i}")];

    /// <summary>Poll ids that exist in B only.</summary>
    public static IReadOnlyList<string> PollsOfBOnly { get; } = [.. Enumerable.Range(PollsInA + 1, PollsInB - PollsInA).Select(i => $"Q{i}")];

    /// <summary>Creates both consultations on <paramref name="host"/> and brings them to the state described above.</summary>
    public static async Task<FuzzArena> ArrangeAsync(TrustHost host)
    {
        var a = await host.CreateConsultationAsync(s => s with { SpeakingLimitSeconds = 3600 });
        var b = await host.CreateConsultationAsync(s => s with { Title = "Another consultation", Visibility = Visibility.Private });
        await using var clients = new ClientPool(host.Address);

        var speaker = await host.Api.JoinAsync(a.Id, a.JoinCode, "Amina", StakeholderGroup.CivilSociety, "KE");
        var voter = await host.Api.JoinAsync(a.Id, a.JoinCode, "Bao", StakeholderGroup.Academia, "VN");
        var removed = await host.Api.JoinAsync(a.Id, a.JoinCode, "Rui", StakeholderGroup.PrivateSector, "BR");
        var moderator = await clients.ConnectAsync(a.ModeratorKey);
        var amina = await clients.ConnectAsync(speaker.Token);
        var bao = await clients.ConnectAsync(voter.Token);
        await moderator.SendAsync("Start", a.Id);
        await amina.SendAsync("RaiseHand", a.Id, "speak");
        await amina.SendAsync("PostPoint", a.Id, "recommendation", "Share data under common rules.", "data");
        await amina.SendAsync("PostPoint", a.Id, "question", "Who pays for capacity building?", "capacity");
        await bao.SendAsync("PostPoint", a.Id, "observation", "Universities lack the means to comply.", null);
        await moderator.SendAsync("OpenPoll", a.Id, "Support the draft?", new[] { "yes", "no" }, false);
        await bao.SendAsync("Vote", a.Id, "Q1", 0);
        await moderator.SendAsync("RemoveParticipant", a.Id, removed.ParticipantId, "Test removal.");

        var others = new List<string>();
        var bModerator = await clients.ConnectAsync(b.ModeratorKey);
        for (var i = 0; i < 2; i++)
        {
            var joined = await host.Api.JoinAsync(b.Id, b.JoinCode, $"Member {i}", StakeholderGroup.MemberState, "FR");
            others.Add(joined.ParticipantId);
            var member = await clients.ConnectAsync(joined.Token);
            for (var p = 0; p < PointsInB / 2; p++)
            {
                await member.SendAsync("PostPoint", b.Id, "observation", $"Point {p} of member {i}.", null);
            }
        }
        for (var q = 0; q < PollsInB; q++)
        {
            await bModerator.SendAsync("OpenPoll", b.Id, $"Poll {q}?", new[] { "a", "b" }, false);
        }
        return new FuzzArena(a, b, speaker, voter, removed, others);
    }
}
