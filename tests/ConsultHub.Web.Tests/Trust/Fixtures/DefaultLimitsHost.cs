namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>A host with the shipped abuse limits (20 calls a second, burst 40, 32 KB messages, 5 connections per participant).</summary>
public sealed class DefaultLimitsHost : TrustHost
{
    /// <inheritdoc/>
    protected override IEnumerable<string> Settings => [];
}
