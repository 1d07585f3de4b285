using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests;

public sealed class RejectionTests
{
    [Theory]
    [InlineData(RejectionCode.Forbidden, "forbidden")]
    [InlineData(RejectionCode.Invalid, "invalid")]
    [InlineData(RejectionCode.Conflict, "conflict")]
    [InlineData(RejectionCode.RateLimited, "rate-limited")]
    [InlineData(RejectionCode.NotFound, "not-found")]
    public void WireCode_IsTheCodeSpecNames(RejectionCode code, string wire)
    {
        var rejection = new Rejection(code, "Because.");

        Assert.Equal(wire, rejection.WireCode);
        Assert.Equal($"{wire}: Because.", rejection.ToString());
    }

    [Fact]
    public void WireCode_CoversEveryCode()
    {
        Assert.All(Enum.GetValues<RejectionCode>(), code => Assert.NotEmpty(new Rejection(code, "x").WireCode));
    }
}
