using System.Reflection;
using System.Text.Json;
using ConsultHub.Domain;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Hubs;

namespace ConsultHub.Web.Tests.Contract;

/// <summary>The browser's names (web-client/src/contract/names.ts) match the server's, in both directions.</summary>
public sealed class BrowserContractTests
{
    private readonly ContractNames _names = ContractNames.Load();

    [Fact]
    public void HubMethods_AreTheHubsPublicMethods()
    {
        var server = typeof(ConsultationHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(ConsultationHub))
            .Select(m => m.Name);

        Assert.Equal(Sorted(server), Sorted(_names.Array("HUB_METHODS")));
    }

    [Fact]
    public void EventTypes_AreTheDomainsEventNames_PlusPrivate()
    {
        Assert.Equal(Sorted(EventTypeNames.All), Sorted(_names.Array("EVENT_TYPES")));
        Assert.Equal(ProjectedEvent.PrivateType, _names.Constant("PRIVATE_EVENT_TYPE"));
        Assert.Equal("private", ProjectedEvent.PrivateType);
        Assert.DoesNotContain("private", EventTypeNames.All);
    }

    [Fact]
    public void ClientEvents_AreTheTypedClientsMethods()
    {
        var server = typeof(IConsultationClient).GetMethods().Select(m => m.Name.ToLowerInvariant());

        Assert.Equal(Sorted(server), Sorted(_names.Array("CLIENT_EVENTS").Select(n => n.ToLowerInvariant())));
    }

    [Fact]
    public void ErrorCodes_AreTheRejectionCodes_PlusUnavailable()
    {
        var server = Enum.GetValues<RejectionCode>().Select(c => new Rejection(c, "").WireCode).Append(CommandOutcome.Unavailable);

        Assert.Equal(Sorted(server), Sorted(_names.Array("ERROR_CODES")));
    }

    /// <summary>The other tests of this project reach the real server through these same constants.</summary>
    [Fact]
    public void HubAndApiPaths_AreThoseTheServerAnswersOn()
    {
        Assert.Equal(HubClient.HubPath, _names.Constant("HUB_PATH"));
        Assert.Equal(ConsultationApi.ApiPath, _names.Constant("API_PATH"));
    }

    [Theory]
    [InlineData("ROLES", typeof(Role))]
    [InlineData("AUDIENCES", typeof(Audience))]
    [InlineData("CONSULTATION_STATUSES", typeof(ConsultationStatus))]
    [InlineData("MODERATION_MODES", typeof(ModerationMode))]
    [InlineData("QUEUE_POLICIES", typeof(QueuePolicy))]
    [InlineData("VISIBILITIES", typeof(Visibility))]
    [InlineData("STAKEHOLDER_GROUPS", typeof(StakeholderGroup))]
    [InlineData("HAND_INTENTS", typeof(HandIntent))]
    [InlineData("HAND_LOWERED_REASONS", typeof(HandLoweredReason))]
    [InlineData("POINT_KINDS", typeof(PointKind))]
    [InlineData("POINT_STATUSES", typeof(PointStatus))]
    [InlineData("LEDGER_ACTIONS", typeof(LedgerAction))]
    public void EnumNames_AreTheWireNamesOfTheCSharpEnums(string array, Type enumType)
    {
        var server = Enum.GetValues(enumType).Cast<object>().Select(v => JsonSerializer.Serialize(v, enumType, DomainJson.Options).Trim('"'));

        Assert.Equal(server, _names.Array(array));
    }

    private static List<string> Sorted(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];
}
