using System.Globalization;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Summaries;

namespace ConsultHub.Web.Summaries;

/// <summary>Reads the filters of <c>GET /api/summaries</c>: <c>region</c> (free text), <c>date</c> (YYYY-MM-DD), <c>status</c>; and <c>lang</c>, the language of the roll-up's own words.</summary>
public static class RollupQuery
{
    /// <summary>The scope, or null when <paramref name="date"/> or <paramref name="status"/> is malformed. Empty filters cover all.</summary>
    public static RollupScope? Parse(string? region, string? date, string? status)
    {
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(date))
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return null;
            }
            day = parsed;
        }
        ConsultationStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            var match = Enum.GetValues<ConsultationStatus>().Where(s => WireNames.Of(s) == status).ToList();
            if (match.Count == 0)
            {
                return null;
            }
            wanted = match[0];
        }
        return new RollupScope(string.IsNullOrWhiteSpace(region) ? null : region.Trim(), day, wanted);
    }

    /// <summary>The roll-up's language: a lowercase code (ar, zh, en, fr, ru, es), English when none is given, null when unknown.</summary>
    public static Language? Language(string? lang) =>
        string.IsNullOrEmpty(lang) ? Domain.Model.Language.En
        : Enum.GetValues<Language>().Where(l => WireNames.Of(l) == lang).Select(l => (Language?)l).FirstOrDefault();

    /// <summary>"summaries-africa-2025-03-10": only ASCII letters and digits of the filters, so the name is safe everywhere.</summary>
    public static string FileStem(RollupScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parts = new[] { "summaries", scope.Region, scope.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scope.Status is { } s ? WireNames.Of(s) : null }
            .Select(p => new string([.. (p ?? "").ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-'))
            .Where(p => p.Length > 0);
        return string.Join('-', parts);
    }
}
