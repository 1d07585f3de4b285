using System.Collections.Immutable;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>Validates and normalizes consultation settings.</summary>
public static class SettingsRules
{
    /// <summary>Limits on the settings, written once.</summary>
    public const int MaxTitle = 200, MaxRegion = 100, MaxThemes = 30, MaxTheme = 80,
        MinSpeakingLimit = 10, MaxSpeakingLimit = 3600, MinCapacity = 1, MaxCapacity = 10_000;

    /// <summary>Returns the normalized settings, or a rejection naming the bad field.</summary>
    public static Rejection? Validate(ConsultationSettings? settings, out ConsultationSettings normalized)
    {
        normalized = settings ?? new ConsultationSettings();
        if (settings is null)
        {
            return Guard.Reject(RejectionCode.Invalid, "Settings are required.");
        }
        var rejection = Guard.First(
            Guard.Text(settings.Title, "Title", MaxTitle, false, out var title),
            Guard.Text(settings.Region, "Region", MaxRegion, false, out var region),
            TimeZone(settings.TimeZone),
            Guard.Defined(settings.ModerationMode, "Moderation mode"),
            Guard.Defined(settings.QueuePolicy, "Queue policy"),
            Guard.Defined(settings.Visibility, "Visibility"),
            LanguageCode(settings.Language),
            Range(settings.SpeakingLimitSeconds, MinSpeakingLimit, MaxSpeakingLimit, "Speaking limit (seconds)"),
            Range(settings.Capacity, MinCapacity, MaxCapacity, "Capacity"),
            Themes(settings.Themes, out var themes));
        if (rejection is not null)
        {
            return rejection;
        }
        normalized = settings with { Title = title, Region = region, Themes = themes, TimeZone = settings.TimeZone.Trim() };
        return null;
    }

    private static Rejection? Range(int value, int min, int max, string field) =>
        value < min || value > max ? Guard.Reject(RejectionCode.Invalid, $"{field} must be between {min} and {max}.") : null;

    private static Rejection? LanguageCode(Language language) =>
        Enum.IsDefined(language) ? null
        : Guard.Reject(RejectionCode.Invalid, $"language must be one of: {string.Join(", ", Enum.GetValues<Language>().Select(WireNames.Of))}.");

    private static Rejection? TimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _)
            ? null
            : Guard.Reject(RejectionCode.Invalid, $"Time zone '{id}' is not a known IANA time zone id (for example Europe/Vienna).");

    private static Rejection? Themes(ImmutableList<string>? input, out ImmutableList<string> themes)
    {
        themes = [];
        input ??= [];
        if (input.Count > MaxThemes)
        {
            return Guard.Reject(RejectionCode.Invalid, $"At most {MaxThemes} themes.");
        }
        foreach (var raw in input)
        {
            if (Guard.Text(raw, "Theme", MaxTheme, false, out var theme) is { } bad)
            {
                return bad;
            }
            if (themes.Contains(theme, StringComparer.OrdinalIgnoreCase))
            {
                return Guard.Reject(RejectionCode.Invalid, $"Theme '{theme}' is listed twice.");
            }
            themes = themes.Add(theme);
        }
        return null;
    }
}
