using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>Which consultations a roll-up covers; an unset filter covers all.</summary>
/// <param name="Region">Region, compared case-insensitively after trimming.</param>
/// <param name="Date">The day each consultation was held in its own time zone (<see cref="SummaryMetadata.HeldOn"/>).</param>
/// <param name="Status">Only consultations in this status.</param>
public sealed record RollupScope(string? Region = null, DateOnly? Date = null, ConsultationStatus? Status = null)
{
    /// <summary>Whether a consultation falls in the scope.</summary>
    public bool Includes(SummaryMetadata consultation)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        return (string.IsNullOrWhiteSpace(Region) || string.Equals(consultation.Region.Trim(), Region.Trim(), StringComparison.OrdinalIgnoreCase))
            && (Date is null || consultation.HeldOn == Date)
            && (Status is null || consultation.Status == Status);
    }
}
