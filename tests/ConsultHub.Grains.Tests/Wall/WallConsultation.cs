using ConsultHub.Domain.Commands;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Wall;

/// <summary>A consultation created on a <see cref="WallHost"/>: its grain, moderator key and participants' tokens.</summary>
public sealed record WallConsultation(string Id, IConsultationGrain Grain, string ModeratorKey, IReadOnlyList<string> Tokens)
{
    public Task<CommandOutcome> ModerateAsync(ConsultationCommand command) => WallHost.Accepted(Grain.ExecuteAsync(ModeratorKey, command));

    public Task<CommandOutcome> AsParticipantAsync(int index, ConsultationCommand command) => WallHost.Accepted(Grain.ExecuteAsync(Tokens[index], command));

    /// <summary>The consultation's version now.</summary>
    public async Task<long> VersionAsync() => (await Grain.GetRecordAsync(ModeratorKey))!.Version;
}
