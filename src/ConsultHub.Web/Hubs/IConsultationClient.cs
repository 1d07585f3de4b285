using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Wall;

namespace ConsultHub.Web.Hubs;

/// <summary>What the hub sends to browsers (see web-client/src/contract).</summary>
public interface IConsultationClient
{
    /// <summary>One accepted change (an <see cref="EventEnvelope"/> serialized once per audience), in version order without gaps.</summary>
    Task Event(SerializedEnvelope envelope);

    /// <summary>
    /// Several consecutive changes in one message, in version order (a committed batch, or what an
    /// audience's coalescing window gathered); a client handles each as if it had come as an <c>event</c>.
    /// </summary>
    Task Events(IReadOnlyList<SerializedEnvelope> envelopes);

    /// <summary>The receiving participant was removed; the connection closes right after.</summary>
    Task Removed(string consultationId);

    /// <summary>What changed on the delegates' wall, to connections that called <c>WatchWall</c>.</summary>
    Task Wall(WallUpdate update);
}
