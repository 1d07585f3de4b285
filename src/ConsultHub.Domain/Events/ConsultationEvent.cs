using System.Text.Json.Serialization;

namespace ConsultHub.Domain.Events;

/// <summary>
/// A fact about a consultation. Every event has a stable wire name (its JSON discriminator),
/// used by the journal and the browsers; renaming one is a breaking change.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ConsultationCreated), "consultation-created")]
[JsonDerivedType(typeof(ConsultationStarted), "consultation-started")]
[JsonDerivedType(typeof(ConsultationClosed), "consultation-closed")]
[JsonDerivedType(typeof(ParticipantJoined), "participant-joined")]
[JsonDerivedType(typeof(ParticipantConnected), "participant-connected")]
[JsonDerivedType(typeof(ParticipantDisconnected), "participant-disconnected")]
[JsonDerivedType(typeof(ParticipantRemoved), "participant-removed")]
[JsonDerivedType(typeof(HandRaised), "hand-raised")]
[JsonDerivedType(typeof(HandLowered), "hand-lowered")]
[JsonDerivedType(typeof(AllHandsLowered), "all-hands-lowered")]
[JsonDerivedType(typeof(HandMoved), "hand-moved")]
[JsonDerivedType(typeof(FloorGiven), "floor-given")]
[JsonDerivedType(typeof(TurnWarned), "turn-warned")]
[JsonDerivedType(typeof(TurnOvertime), "turn-overtime")]
[JsonDerivedType(typeof(TurnEnded), "turn-ended")]
[JsonDerivedType(typeof(PointPosted), "point-posted")]
[JsonDerivedType(typeof(PointUpvoted), "point-upvoted")]
[JsonDerivedType(typeof(PointUpvoteWithdrawn), "point-upvote-withdrawn")]
[JsonDerivedType(typeof(PointApproved), "point-approved")]
[JsonDerivedType(typeof(PointHidden), "point-hidden")]
[JsonDerivedType(typeof(PointPinned), "point-pinned")]
[JsonDerivedType(typeof(PointThemeSet), "point-theme-set")]
[JsonDerivedType(typeof(PointsMerged), "points-merged")]
[JsonDerivedType(typeof(PollOpened), "poll-opened")]
[JsonDerivedType(typeof(PollVoteCast), "poll-vote-cast")]
[JsonDerivedType(typeof(PollClosed), "poll-closed")]
public abstract record ConsultationEvent;
