namespace ConsultHub.Web.Hosting;

/// <summary>Where the generated organizer key lives, when one was generated (null when configured).</summary>
public sealed record OrganizerKeyNotice(string? Path);
