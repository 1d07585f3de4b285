using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>The creation event without its secrets.</summary>
public sealed record CreatedView(ConsultationSettings Settings, DateTimeOffset CreatedAt);
