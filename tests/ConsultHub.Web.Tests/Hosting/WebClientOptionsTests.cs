using ConsultHub.Web.Hosting;

namespace ConsultHub.Web.Tests.Hosting;

public sealed class WebClientOptionsTests
{
    [Fact]
    public void PeerOrigins_WhenNothingIsConfigured_AreEmpty() =>
        Assert.Empty(new WebClientOptions().PeerOrigins());

    [Fact]
    public void PeerOrigins_AreTheListedAddressesReducedToTheirOrigins_WithoutRepeats()
    {
        var options = new WebClientOptions { PeerUrls = " http://127.0.0.1:5101/ , https://hub.example.org/consult?x=1,http://127.0.0.1:5101,http://127.0.0.1:5102" };

        Assert.Equal(["http://127.0.0.1:5101", "https://hub.example.org", "http://127.0.0.1:5102"], options.PeerOrigins());
    }

    [Theory]
    [InlineData("127.0.0.1:5101")]
    [InlineData("/relative")]
    [InlineData("ftp://127.0.0.1/")]
    public void PeerOrigins_WhenOneIsNotAnAbsoluteHttpAddress_FailNamingTheKey(string bad)
    {
        var options = new WebClientOptions { PeerUrls = $"http://127.0.0.1:5101,{bad}" };

        var error = Assert.Throws<InvalidOperationException>(options.PeerOrigins);

        Assert.Contains("Hub:PeerUrls", error.Message, StringComparison.Ordinal);
        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
    }
}
