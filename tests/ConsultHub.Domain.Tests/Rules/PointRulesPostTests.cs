using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class PointRulesPostTests
{
    private static PostPoint Post(string text = "Open data needs shared standards", string? theme = null, PointKind kind = PointKind.Recommendation) => new(kind, text, theme);

    [Fact]
    public void PostPoint_InOpenMode_IsVisibleAtOnce_AndCounted()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Advanced(3);

        var posted = DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post(theme: ConsultationBuilder.DataSharing)));
        b.Execute(b.Participant("p-1"), Post(theme: ConsultationBuilder.DataSharing));

        Assert.Equal(new PointPosted("P1", PointKind.Recommendation, "Open data needs shared standards", ConsultationBuilder.DataSharing, "p-1", false, null, b.Now, PointStatus.Visible), posted);
        Assert.Equal(1, b.State.Tallies.PointsByKind["recommendation"]);
        Assert.Equal(1, b.State.Tallies.PointsByTheme[ConsultationBuilder.DataSharing]);
    }

    [Fact]
    public void PostPoint_WhileScheduled_IsAllowed()
    {
        var b = ConsultationBuilder.Created().Joined("p-1");

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post()));
    }

    [Theory]
    [InlineData(PointKind.Observation, "observation")]
    [InlineData(PointKind.Recommendation, "recommendation")]
    [InlineData(PointKind.Challenge, "challenge")]
    [InlineData(PointKind.Question, "question")]
    public void PostPoint_EveryKind_IsAcceptedAndTalliedUnderItsWireName(PointKind kind, string key)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        b.Execute(b.Participant("p-1"), Post(kind: kind));

        Assert.Equal(1, b.State.Tallies.PointsByKind[key]);
        Assert.Equal(1, b.State.Tallies.PointsByTheme["unthemed"]);
    }

    [Fact]
    public void PostPoint_WithAnUndefinedKind_IsInvalid()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(kind: (PointKind)9)), RejectionCode.Invalid);
    }

    [Fact]
    public void PostPoint_Text_IsTrimmedBeforeStoring()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        Assert.Equal("Trimmed", DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post("  \n Trimmed \n "))).Text);
    }

    [Fact]
    public void PostPoint_Text_MaySpanLines()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        Assert.Equal("First\nSecond", DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post("First\r\nSecond"))).Text);
    }

    [Fact]
    public void PostPoint_Text_Is1To1000UnicodeScalars()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        var thousandEmoji = string.Concat(Enumerable.Repeat("🌍", 1000));

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post("x")));
        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post(thousandEmoji)));
        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(thousandEmoji + "🌍")), RejectionCode.Invalid);
        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(new string('x', 1001))), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n")]
    [InlineData("tab\tinside")]
    [InlineData("nul\u0000")]
    [InlineData("esc\u001B[31mred")]
    [InlineData("carriage\rreturn")]
    [InlineData("rlo\u202Ereversed")]
    [InlineData("zero\u200Bwidth")]
    public void PostPoint_WithEmptyOrControlText_IsInvalid(string text)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(text)), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData("capacity building")]
    [InlineData("CAPACITY BUILDING")]
    [InlineData("  Capacity Building ")]
    public void PostPoint_Theme_MatchesCaseInsensitively_AndStoresTheCanonicalSpelling(string theme)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        Assert.Equal(ConsultationBuilder.CapacityBuilding, DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post(theme: theme))).Theme);
    }

    [Theory]
    [InlineData("Climate")]
    [InlineData("")]
    [InlineData("Capacity")]
    public void PostPoint_WithAThemeThatIsNotOneOfTheConsultations_IsInvalid(string theme)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        var rejection = DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(theme: theme)), RejectionCode.Invalid);

        Assert.Contains(ConsultationBuilder.CapacityBuilding, rejection.Message);
    }

    [Fact]
    public void PostPoint_WithAThemeWhenTheConsultationHasNone_IsInvalid()
    {
        var b = ConsultationBuilder.Live(s => s with { Themes = [] }).Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post(theme: "Anything")), RejectionCode.Invalid);
    }

    [Fact]
    public void PostPoint_WhenPremoderated_WaitsForApproval()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated }).Joined("p-1");

        b.Execute(b.Participant("p-1"), Post());

        Assert.Equal(PointStatus.Pending, b.State.Points["P1"].Status);
        Assert.Equal(1, b.State.Tallies.Moderation.Pending);
        Assert.Empty(b.State.Tallies.PointsByKind);
    }

    [Fact]
    public void PostPoint_ByAModeratorWhoJoined_IsVisibleEvenWhenPremoderated()
    {
        var b = ConsultationBuilder.Live(s => s with { ModerationMode = ModerationMode.Premoderated }).ModeratorJoined("m-1");

        Assert.Equal(PointStatus.Visible, DecisionAssert.Single<PointPosted>(b.Decide(b.ModeratorAs("m-1"), Post())).Status);
    }

    [Theory]
    [InlineData(Role.Observer)]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Organizer)]
    [InlineData(Role.System)]
    public void PostPoint_ByANonParticipant_IsForbidden(Role role)
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), Post()), RejectionCode.Forbidden);
    }

    [Fact]
    public void PostPoint_WhileSomeoneHasTheFloor_IsLinkedToTheTurn()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2").FloorGiven("p-2");

        Assert.Equal("T1", DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post())).TurnId);
    }

    [Fact]
    public void PostPoint_ASixthPointWithinAMinute_IsRateLimited()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        for (var i = 0; i < 5; i++)
        {
            b.PointPosted("p-1", $"Point {i}", out _).Advanced(10);
        }

        var rejection = DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post()), RejectionCode.RateLimited);

        Assert.StartsWith("rate-limited:", rejection.ToString());
        Assert.Contains("5 points a minute", rejection.Message);
        Assert.Contains("10 s", rejection.Message);
    }

    [Fact]
    public void PostPoint_RateLimit_RecoversOnceTheOldestPostLeavesTheWindow()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        for (var i = 0; i < 5; i++)
        {
            b.PointPosted("p-1", $"Point {i}", out _).Advanced(1);
        }
        b.Advanced(54.999);
        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), Post()), RejectionCode.RateLimited);

        b.Advanced(0.001);

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post()));
    }

    [Fact]
    public void PostPoint_RateLimit_IsPerParticipant()
    {
        var b = ConsultationBuilder.Live().Joined("p-1").Joined("p-2");
        for (var i = 0; i < 5; i++)
        {
            b.PointPosted("p-1", $"Point {i}", out _);
        }

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-2"), Post()));
    }

    [Fact]
    public void PostPoint_RefusedPosts_DoNotCountAgainstTheLimit()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");
        for (var i = 0; i < 4; i++)
        {
            b.PointPosted("p-1", $"Point {i}", out _);
            b.Try(b.Participant("p-1"), Post(""));
        }

        DecisionAssert.Single<PointPosted>(b.Decide(b.Participant("p-1"), Post()));
    }
}
