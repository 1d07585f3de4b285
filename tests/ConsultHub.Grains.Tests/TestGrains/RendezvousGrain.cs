using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Tests.TestGrains;

/// <summary>Two of these complete only if their turns overlap in time.</summary>
public sealed class RendezvousGrain(GrainProbe probe) : Grain, IRendezvousGrain
{
    public async Task<string> MeetAsync(string partnerKey)
    {
        probe.Signal($"arrived:{GetPrimaryKeyString()}");
        await probe.WhenSignaled($"arrived:{partnerKey}");
        return GetPrimaryKeyString();
    }
}
