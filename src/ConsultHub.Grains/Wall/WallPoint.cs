using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Wall;

/// <summary>A top point on the wall.</summary>
/// <param name="Id">Point id.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Text">The text, cut to <see cref="WallHeadline.MaxPointText"/> characters with an ellipsis.</param>
/// <param name="Theme">Theme, if any.</param>
/// <param name="Votes">Votes.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.WallPoint")]
public sealed record WallPoint(string Id, PointKind Kind, string Text, string? Theme, int Votes);
