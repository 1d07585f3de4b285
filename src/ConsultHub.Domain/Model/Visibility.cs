namespace ConsultHub.Domain.Model;

/// <summary>Whether observers need the observer key.</summary>
public enum Visibility
{
    Public,
    Private,
}
