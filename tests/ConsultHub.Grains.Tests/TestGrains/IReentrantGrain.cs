using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

public interface IReentrantGrain : IGrainWithStringKey
{
    Task PingAsync();

    /// <summary>Calls this same grain through its reference.</summary>
    Task CallSelfAsync();

    /// <summary>Asks <paramref name="partnerKey"/> to call this grain back while this turn waits.</summary>
    Task CallPartnerAsync(string partnerKey);

    Task CallBackAsync(string originKey);

    /// <summary>Waits at the gate "forward:{key}", then pings <paramref name="partnerKey"/>.</summary>
    Task ForwardPingAsync(string partnerKey);
}
