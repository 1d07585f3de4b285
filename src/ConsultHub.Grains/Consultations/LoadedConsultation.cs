using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Consultations;

/// <summary>A consultation as loaded from storage.</summary>
/// <param name="State">The latest snapshot folded with every later event.</param>
/// <param name="SnapshotVersion">The version of the snapshot the load started from (0 without one), so the
/// snapshot cadence counts from the stored snapshot, not from the activation.</param>
public sealed record LoadedConsultation(ConsultationState State, long SnapshotVersion);
