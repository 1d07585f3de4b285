namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>What the organizer types into the create form.</summary>
public sealed record ConsultationDraft(
    string Title,
    string Region,
    string TimeZone,
    IReadOnlyList<string> Themes,
    string ModerationMode = "open",
    int SpeakingLimitSeconds = 180);
