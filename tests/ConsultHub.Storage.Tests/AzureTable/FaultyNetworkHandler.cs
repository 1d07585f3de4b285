namespace ConsultHub.Storage.Tests.AzureTable;

/// <summary>Loses the next entity-group transaction on its way to the store or on its way back.</summary>
internal sealed class FaultyNetworkHandler : DelegatingHandler
{
    public enum Fault
    {
        None,
        DropNextBatchRequest,
        LoseNextBatchResponse,
        LoseNextBatchResponseAndEverythingAfter,
    }

    public Fault Next { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isBatch = request.RequestUri?.AbsolutePath.EndsWith("$batch", StringComparison.Ordinal) == true;
        if (Next == Fault.LoseNextBatchResponseAndEverythingAfter && !isBatch)
        {
            throw new HttpRequestException("Simulated outage.");
        }

        if (!isBatch || Next == Fault.None)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var fault = Next;
        Next = fault == Fault.LoseNextBatchResponseAndEverythingAfter ? fault : Fault.None;
        if (fault == Fault.DropNextBatchRequest)
        {
            throw new HttpRequestException("Simulated connection failure before sending.");
        }

        using var response = await base.SendAsync(request, cancellationToken);
        throw new HttpRequestException($"Simulated connection reset after the store answered {(int)response.StatusCode}.");
    }
}
