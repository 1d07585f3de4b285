namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>How to try one operation of the matrix as one caller.</summary>
/// <param name="Surface">The hub method ("hub Watch") or endpoint ("GET /api/consultations/{id}") the operation exercises.</param>
/// <param name="TryAsync">Makes the call; returns null when accepted, else the refusal's code.</param>
/// <param name="Private">The room must be private.</param>
/// <param name="SpeakerHasFloor">The participant column must hold the floor.</param>
public sealed record MatrixOperation(string Surface, Func<MatrixRoom, TrustCaller, Task<string?>> TryAsync, bool Private = false, bool SpeakerHasFloor = false);
