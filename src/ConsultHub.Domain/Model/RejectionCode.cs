namespace ConsultHub.Domain.Model;

/// <summary>Stable codes of refused commands, as SPEC.md names them.</summary>
public enum RejectionCode
{
    Forbidden,
    Invalid,
    Conflict,
    RateLimited,
    NotFound,
}
