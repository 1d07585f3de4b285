using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Rules;

public sealed class PollRulesTests
{
    private static ConsultationBuilder WithPoll(out string pollId) =>
        ConsultationBuilder.Live().Joined("p-1").Joined("p-2").PollOpened("Which priority first?", ["Data", "Capacity", "Funding"], out pollId);

    private static string[] Options(int count) => [.. Enumerable.Range(1, count).Select(i => $"Option {i}")];

    [Fact]
    public void OpenPoll_WithTwoToTenOptions_IsAccepted()
    {
        var b = ConsultationBuilder.Live();

        var opened = DecisionAssert.Single<PollOpened>(b.Decide(b.Moderator, new OpenPoll(" Priority? ", [" Data ", "Capacity"], ResultsHiddenUntilClose: true)));

        Assert.Equal("Q1", opened.PollId);
        Assert.Equal("Priority?", opened.Question);
        Assert.Equal(["Data", "Capacity"], opened.Options);
        Assert.True(opened.ResultsHiddenUntilClose);
        DecisionAssert.Single<PollOpened>(b.Decide(b.Moderator, new OpenPoll("Many?", Options(10))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void OpenPoll_WithTooFewOrTooManyOptions_IsInvalid(int count)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new OpenPoll("Q?", Options(count))), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData("Yes", "Yes")]
    [InlineData("Yes", "yes")]
    [InlineData("Yes", " YES ")]
    public void OpenPoll_WithDuplicateOptions_IsInvalid(string first, string second)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new OpenPoll("Q?", [first, second])), RejectionCode.Invalid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Line\nbreak")]
    [InlineData("Bell\u0007")]
    public void OpenPoll_WithABlankOrMultilineOption_IsInvalid(string option)
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new OpenPoll("Q?", ["Fine", option])), RejectionCode.Invalid);
    }

    [Fact]
    public void OpenPoll_WithoutAQuestion_IsInvalid()
    {
        var b = ConsultationBuilder.Live();

        DecisionAssert.Rejected(b.Decide(b.Moderator, new OpenPoll(" ", ["A", "B"])), RejectionCode.Invalid);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new OpenPoll("Q?", null!)), RejectionCode.Invalid);
    }

    [Fact]
    public void OpenPoll_ByAParticipant_IsForbidden()
    {
        var b = ConsultationBuilder.Live().Joined("p-1");

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new OpenPoll("Q?", ["A", "B"])), RejectionCode.Forbidden);
    }

    [Fact]
    public void Vote_RecordsTheChoice_AndMayBeChanged()
    {
        var b = WithPoll(out var poll);

        b.Voted("p-1", poll, 2).Voted("p-2", poll, 2).Voted("p-1", poll, 0);

        Assert.Equal([1, 0, 1], b.State.Polls[poll].Results());
    }

    [Fact]
    public void Vote_ForTheSameOptionAgain_IsRejectedAsConflict()
    {
        var b = WithPoll(out var poll).Voted("p-1", poll, 1);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Vote(poll, 1)), RejectionCode.Conflict);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Vote_ForAnOptionThatDoesNotExist_IsInvalid(int option)
    {
        var b = WithPoll(out var poll);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Vote(poll, option)), RejectionCode.Invalid);
    }

    [Fact]
    public void Vote_OnAClosedPoll_IsRejectedAsConflict()
    {
        var b = WithPoll(out var poll).PollClosed(poll);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Vote(poll, 0)), RejectionCode.Conflict);
    }

    [Fact]
    public void Vote_OnAnUnknownPoll_IsNotFound()
    {
        var b = WithPoll(out _);

        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new Vote("Q9", 0)), RejectionCode.NotFound);
    }

    [Theory]
    [InlineData(Role.Observer)]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.Organizer)]
    public void Vote_ByANonParticipant_IsForbidden(Role role)
    {
        var b = WithPoll(out var poll);

        DecisionAssert.Rejected(b.Decide(new Caller(role, "p-1"), new Vote(poll, 0)), RejectionCode.Forbidden);
    }

    [Fact]
    public void ClosePoll_Twice_IsRejectedAsConflict()
    {
        var b = WithPoll(out var poll);

        DecisionAssert.Single<PollClosed>(b.Decide(b.Moderator, new ClosePoll(poll)));
        b.PollClosed(poll);
        DecisionAssert.Rejected(b.Decide(b.Moderator, new ClosePoll(poll)), RejectionCode.Conflict);
    }

    [Fact]
    public void ClosePoll_UnknownOrByAParticipant_IsRefused()
    {
        var b = WithPoll(out var poll);

        DecisionAssert.Rejected(b.Decide(b.Moderator, new ClosePoll("Q9")), RejectionCode.NotFound);
        DecisionAssert.Rejected(b.Decide(b.Participant("p-1"), new ClosePoll(poll)), RejectionCode.Forbidden);
    }
}
