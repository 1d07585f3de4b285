namespace ConsultHub.Domain.Model;

/// <summary>Whether participants' points are visible at once or wait for approval.</summary>
public enum ModerationMode
{
    Open,
    Premoderated,
}
