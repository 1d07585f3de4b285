using System.ComponentModel.DataAnnotations;
using ConsultHub.Domain.Views;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// How events reach the connections of each audience (configuration section <c>Hub:Fanout</c>).
/// A window above zero gathers what an audience receives for that long and sends it as one frame:
/// fewer socket writes for audiences that need every version but not each one at once, at the
/// price of up to a window's delay. Zero sends each committed batch as soon as it arrives.
/// </summary>
public sealed class FanoutOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Fanout";

    /// <summary>
    /// Observers' coalescing window in milliseconds (government delegates, projected dashboards). Off
    /// by default: measured so far (docs/benchmarks.md, "Issue 14") it only added its delay.
    /// </summary>
    [Range(0, 1000)]
    public int ObserverWindowMilliseconds { get; set; }

    /// <summary>Participants' window in milliseconds; zero, since their hands and turns are timed.</summary>
    [Range(0, 1000)]
    public int ParticipantWindowMilliseconds { get; set; }

    /// <summary>Moderators' window in milliseconds; zero, since they run the floor.</summary>
    [Range(0, 1000)]
    public int ModeratorWindowMilliseconds { get; set; }

    /// <summary>The window of an audience (zero: none).</summary>
    public TimeSpan WindowOf(Audience audience) => TimeSpan.FromMilliseconds(audience switch
    {
        Audience.Observer => ObserverWindowMilliseconds,
        Audience.Participant => ParticipantWindowMilliseconds,
        _ => ModeratorWindowMilliseconds,
    });
}
