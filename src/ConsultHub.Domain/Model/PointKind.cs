namespace ConsultHub.Domain.Model;

/// <summary>What a captured point is.</summary>
public enum PointKind
{
    Observation,
    Recommendation,
    Challenge,
    Question,
}
