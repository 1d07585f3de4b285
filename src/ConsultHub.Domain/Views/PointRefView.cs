namespace ConsultHub.Domain.Views;

/// <summary>Names a point that left the audience's view.</summary>
public sealed record PointRefView(string PointId);
