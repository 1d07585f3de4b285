using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface IRendezvousGrain : IGrainWithStringKey
{
    /// <summary>Announces arrival, then waits for <paramref name="partnerKey"/> to arrive too.</summary>
    Task<string> MeetAsync(string partnerKey);
}
