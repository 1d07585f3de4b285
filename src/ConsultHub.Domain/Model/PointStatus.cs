namespace ConsultHub.Domain.Model;

/// <summary>Where a point stands in moderation.</summary>
public enum PointStatus
{
    Pending,
    Visible,
    Hidden,
    Merged,
}
