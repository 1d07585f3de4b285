using ConsultHub.Web.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Hosting;

/// <summary>A newcomer who starts the hub is told what to open and where the organizer key is, and whether the pages are there.</summary>
public sealed class StartupNoticeTests(LoggedHubServer server) : IClassFixture<LoggedHubServer>
{
    [Fact]
    public void Started_SaysWhichAddressToOpen_AndWhereTheOrganizerKeyIs()
    {
        var address = server.Address.ToString().TrimEnd('/');

        Assert.Contains(server.Log.Entries, e => e.Level == LogLevel.Information
            && e.Message == $"Open {address} in a browser; \"Organize a consultation\" asks for the organizer key, which is in Hub:OrganizerKey");
    }

    /// <summary>The fixture's content root is a temporary folder with no web-client/dist above it.</summary>
    [Fact]
    public void WithoutABuiltWebClient_SaysSo_AndHowToBuildIt()
    {
        var notice = Assert.Single(server.Log.Entries, e => e.Message.StartsWith("The web client is not built", StringComparison.Ordinal));

        Assert.Equal(LogLevel.Warning, notice.Level);
        Assert.Contains(server.DataDirectory, notice.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project silo-host", notice.Message, StringComparison.Ordinal);
    }
}
