namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>One page of the tour: who opens it, its link, and the test id that shows it has rendered.</summary>
public sealed record PageStop(Person Who, string Url, string Ready);
