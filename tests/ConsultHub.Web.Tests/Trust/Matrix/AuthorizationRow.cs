namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>One row of the authorization matrix: an operation in a stage of the consultation and who may do it.</summary>
/// <param name="Stage">"live" (running, someone has the floor) or "closed".</param>
/// <param name="Operation">The operation's name in <see cref="MatrixOperations"/>.</param>
/// <param name="Allowed">Per caller, in <see cref="TrustCaller"/> order: true when the call must not be refused as forbidden.</param>
/// <param name="RefusedAsClosed">The callers whose call must be refused as <c>conflict</c>, the consultation being closed.</param>
public sealed record AuthorizationRow(string Stage, string Operation, IReadOnlyDictionary<TrustCaller, bool> Allowed, IReadOnlySet<TrustCaller> RefusedAsClosed);
