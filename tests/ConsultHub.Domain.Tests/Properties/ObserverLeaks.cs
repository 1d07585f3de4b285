using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>Checks that JSON meant for observers holds no text of a point they may not see, no moderation reason and no secret.</summary>
public static class ObserverLeaks
{
    public static void AssertNone(string json, ConsultationState state, string what)
    {
        foreach (var point in state.Points.Values.Where(p => p.Status != PointStatus.Visible))
        {
            var marker = TextSamples.MarkerOf(point.Text);
            Assert.False(json.Contains(marker, StringComparison.Ordinal), $"{what} leaks the text of {point.Status} point {point.Id} ({marker}): {json}");
        }
        Assert.False(json.Contains("rsn", StringComparison.Ordinal), $"{what} leaks a moderation reason: {json}");
        Assert.False(json.Contains("hash-", StringComparison.Ordinal), $"{what} leaks a secret hash: {json}");
    }
}
