namespace ConsultHub.Domain.Summaries;

/// <summary>Shows instants in a consultation's own time zone. An unknown zone id falls back to UTC
/// rather than failing a summary (settings validation refuses unknown ids anyway).</summary>
public static class SummaryTime
{
    /// <summary>The instant as local time in the IANA zone <paramref name="timeZone"/>, with that zone's offset.</summary>
    public static DateTimeOffset Local(DateTimeOffset at, string timeZone) => TimeZoneInfo.ConvertTime(at, Find(timeZone));

    /// <summary>The zone of an IANA id, or UTC when unknown.</summary>
    public static TimeZoneInfo Find(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
