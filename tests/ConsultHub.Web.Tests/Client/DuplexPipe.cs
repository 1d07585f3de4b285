using System.IO.Pipelines;

namespace ConsultHub.Web.Tests.Client;

/// <summary>One side of a connection: what it reads and what it writes.</summary>
/// <param name="Input">What the application reads (bytes from the server).</param>
/// <param name="Output">What the application writes (bytes to the server).</param>
public sealed record DuplexPipe(PipeReader Input, PipeWriter Output) : IDuplexPipe;
