namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>One malformed HTTP request.</summary>
/// <param name="Method">The method.</param>
/// <param name="Path">Path and query, already escaped.</param>
/// <param name="Body">The body as sent (JSON text or not), or null for none.</param>
/// <param name="Bearer">The <c>Authorization: Bearer</c> credential, or null.</param>
/// <param name="Description">What is wrong with it, for failure reports.</param>
/// <param name="Chunked">True to send the body without a length (chunked), so only reading it shows its size.</param>
public sealed record HttpInput(HttpMethod Method, string Path, string? Body, string? Bearer, string Description, bool Chunked = false);
