using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class ParticipantRulesJoinTests
{
    private static Join Join(string id = "p-1", string? code = ConsultationBuilder.JoinCode, string name = "Wanjiru Kamau", string? affiliation = null,
        StakeholderGroup group = StakeholderGroup.CivilSociety, string? country = null) =>
        new(id, code, name, affiliation, group, country, ConsultationBuilder.TokenHashOf(id));

    [Fact]
    public void Join_WithTheJoinCode_AddsTheParticipantNormalized()
    {
        var b = ConsultationBuilder.Live();

        var joined = DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(name: "  Wanjiru Kamau ", affiliation: " Kenya ICT Action Network ", group: StakeholderGroup.CivilSociety, country: " ke ")));
        var p = Consultation.Apply(b.State, joined).Participants["p-1"];

        Assert.Equal("Wanjiru Kamau", p.DisplayName);
        Assert.Equal("Kenya ICT Action Network", p.Affiliation);
        Assert.Equal("KE", p.Country);
        Assert.Equal(StakeholderGroup.CivilSociety, p.Group);
        Assert.False(p.IsModerator);
        Assert.False(p.Connected);
        Assert.Equal(b.Now, p.JoinedAt);
    }

    [Fact]
    public void Join_WhileScheduled_IsAllowed()
    {
        var b = ConsultationBuilder.Created();

        DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join()));
    }

    [Theory]
    [InlineData(" kq7-42mz ")]
    [InlineData("KQ7-42MZ")]
    public void Join_CodeComparison_IgnoresCaseAndSurroundingSpace(string code)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(code: code)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("KQ7-42M")]
    [InlineData("KQ7-42MZX")]
    public void Join_WithAWrongOrMissingCode_IsForbidden(string? code)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(code: code)), RejectionCode.Forbidden);
    }

    [Fact]
    public void Join_AsModerator_NeedsNoCode_AndIsMarkedAsModerator()
    {
        var b = ConsultationBuilder.Live();

        var joined = DecisionAssert.Single<ParticipantJoined>(b.Decide(b.Moderator, Join("m-1", code: null)));

        Assert.True(joined.IsModerator);
    }

    [Fact]
    public void Join_PastCapacity_IsRefusedWithAClearError()
    {
        var b = ConsultationBuilder.Live(s => s with { Capacity = 2 }).Joined("p-1").Joined("p-2");

        var rejection = DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join("p-3")), RejectionCode.Conflict);

        Assert.Contains("full", rejection.Message);
        Assert.Contains("2", rejection.Message);
    }

    [Fact]
    public void Join_AfterARemoval_ReusesTheFreedPlace()
    {
        var b = ConsultationBuilder.Live(s => s with { Capacity = 1 }).Joined("p-1").Step(Caller.Moderator(), new RemoveParticipant("p-1"));

        DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join("p-2")));
    }

    [Fact]
    public void Join_WithATakenId_IsRejectedAsConflict()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join("p-1")), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Line\nbreak")]
    [InlineData("Bell\u0007")]
    [InlineData("Tab\tinside")]
    [InlineData("evil\u202Etxt.exe")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("bom\uFEFF")]
    public void Join_WithAMalformedDisplayName_IsInvalid(string name)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(name: name)), RejectionCode.Invalid);
    }

    [Fact]
    public void Join_DisplayName_IsLimitedTo80Characters()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(name: new string('n', 81))), RejectionCode.Invalid);
        DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(name: new string('n', 80))));
        DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(name: string.Concat(Enumerable.Repeat("名", 80)))));
    }

    [Fact]
    public void Join_Affiliation_IsOptionalAndLimitedTo120Characters()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(affiliation: new string('a', 121))), RejectionCode.Invalid);
        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(affiliation: "Uni\u0000versity")), RejectionCode.Invalid);
        Assert.Equal(new string('a', 120), DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(affiliation: new string('a', 120)))).Affiliation);
        Assert.Null(DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(affiliation: "  "))).Affiliation);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("USA")]
    [InlineData("K")]
    [InlineData("K1")]
    public void Join_WithAnUnassignedCountryCode_IsInvalid(string country)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(country: country)), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Join_WithoutCountry_LeavesItUnset(string? country)
    {
        var b = ConsultationBuilder.Live();

        Assert.Null(DecisionAssert.Single<ParticipantJoined>(b.Decide(Caller.Anonymous, Join(country: country))).Country);
    }

    [Fact]
    public void Join_WithAnUndefinedStakeholderGroup_IsInvalid()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(group: (StakeholderGroup)99)), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData("", "hash")]
    [InlineData("p-1", " ")]
    public void Join_WithoutAnIdOrTokenHash_IsInvalid(string id, string tokenHash)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(Caller.Anonymous, Join(id) with { ParticipantId = id, TokenHash = tokenHash }), RejectionCode.Invalid);
    }
}
