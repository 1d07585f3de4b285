using ConsultHub.Grains.Consultations;

namespace ConsultHub.Web.Hubs;

/// <summary>What the hub sends to browsers (see web-client/src/contract).</summary>
public interface IConsultationClient
{
    /// <summary>One accepted change, shaped for the receiver's audience, in version order without gaps.</summary>
    Task Event(EventEnvelope envelope);

    /// <summary>The receiving participant was removed; the connection closes right after.</summary>
    Task Removed(string consultationId);
}
