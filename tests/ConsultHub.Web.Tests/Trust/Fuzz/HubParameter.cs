namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>The kinds of hub method parameters, each with its own valid and invalid values.</summary>
public enum HubParameter
{
    /// <summary>The consultation id every method but WatchWall takes first.</summary>
    ConsultationId,

    /// <summary>An optional version to resume from.</summary>
    SinceVersion,

    /// <summary>A point id.</summary>
    PointId,

    /// <summary>A poll id.</summary>
    PollId,

    /// <summary>A required participant id.</summary>
    ParticipantId,

    /// <summary>An optional participant id (null = none).</summary>
    OptionalParticipantId,

    /// <summary>A hand intent.</summary>
    Intent,

    /// <summary>A point kind.</summary>
    Kind,

    /// <summary>Point text.</summary>
    Text,

    /// <summary>An optional theme.</summary>
    Theme,

    /// <summary>An optional moderation reason.</summary>
    Reason,

    /// <summary>A 1-based queue position.</summary>
    Position,

    /// <summary>A 0-based poll option.</summary>
    Option,

    /// <summary>A boolean flag.</summary>
    Flag,

    /// <summary>A poll question.</summary>
    Question,

    /// <summary>A poll's options.</summary>
    Options,
}
