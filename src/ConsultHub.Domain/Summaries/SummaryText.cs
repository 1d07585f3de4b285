using System.Globalization;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Summaries;

/// <summary>Numbers, durations and times as the human-readable formats write them (words come from the language catalogues); invariant culture throughout, so output never depends on the host.</summary>
internal static class SummaryText
{
    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum => WireNames.Of(value);

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A duration rounded to the second: <c>m:ss</c>, or <c>h:mm:ss</c> from an hour up.</summary>
    public static string Duration(long ms)
    {
        var total = (ms + 500) / 1000;
        var (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
    }

    /// <summary>Seconds with up to three decimals, for spreadsheets.</summary>
    public static string Seconds(long ms) => (ms / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"2025-03-10 09:05 UTC / 12:05 Africa/Nairobi"; the local date is repeated only when it differs.</summary>
    public static string When(DateTimeOffset at, string timeZone)
    {
        var utc = at.ToUniversalTime();
        var local = SummaryTime.Local(at, timeZone);
        var localPart = local.Date == utc.Date ? local.ToString("HH:mm", CultureInfo.InvariantCulture) : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"{utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC / {localPart} {timeZone}";
    }

    /// <summary>"09:05:00 UTC / 12:05:00 local" for the timeline, whose heading names the zone; <paramref name="local"/> is the word for local time.</summary>
    public static string Clock(DateTimeOffset at, string timeZone, string local) =>
        $"{at.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC / {SummaryTime.Local(at, timeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {local}";

    /// <summary>ISO 8601 in UTC with a Z.</summary>
    public static string IsoUtc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in the consultation's zone, with its offset.</summary>
    public static string IsoLocal(DateTimeOffset at, string timeZone) =>
        SummaryTime.Local(at, timeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
