using ConsultHub.Domain.Model;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// The hub with an observers' coalescing window long enough to see on loopback (participants and
/// moderators keep none); each test starts and stops its own, since some stop it on purpose.
/// </summary>
public sealed class CoalescingHubServer(int observerWindowMilliseconds) : InProcessHub(HubServer.OrganizerKey, "coalescing")
{
    /// <inheritdoc/>
    protected override IEnumerable<string> Settings =>
        [$"--Hub:Fanout:ObserverWindowMilliseconds={observerWindowMilliseconds}", "--Hub:Fanout:ModeratorWindowMilliseconds=0"];

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation => new() { Title = "Town hall on water rights", Region = "Asia" };
}
