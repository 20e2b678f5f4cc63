using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Application.PersonalData.ExportMyData;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.PersonalData;

/// <summary>The live workshops in the personal data: exported with the rest, names blanked when the account goes.</summary>
public sealed class WorkshopPersonalDataTests : ApplicationTest
{
    private WorkshopParticipantScenario _scenario = default!;

    protected override async Task ArrangeAsync()
    {
        _scenario = await WorkshopParticipantScenario.CreateAsync(Host);
        Host.SignInAs(_scenario.Participant, RoleNames.Citizen);
    }

    [Fact]
    public async Task ExportListsTheWorkshopAttendedUnderItsTitle()
    {
        var attendance = Assert.Single((await ExportAsync()).Attendances);

        Assert.Equal(_scenario.WorkshopId, attendance.WorkshopId);
        Assert.Equal(WorkshopParticipantScenario.WorkshopTitle, attendance.WorkshopTitle);
        Assert.Equal(WorkshopParticipantScenario.ParticipantName, attendance.DisplayName);
        Assert.Equal(RoadmapBuilder.Now, attendance.JoinedAt);
        Assert.Null(attendance.LeftAt);
    }

    [Fact]
    public async Task ExportGivesTheBallotAsTheQuestionAndTheChosenOptionTexts()
    {
        var ballot = Assert.Single((await ExportAsync()).Ballots);

        Assert.Equal(WorkshopParticipantScenario.Question, ballot.Question);
        Assert.Equal(PollKind.MultipleChoice, ballot.Kind);
        Assert.Equal(["Tiers-lieux", "Médiation"], ballot.Choices.Select(c => c.OptionText));
        Assert.Equal(RoadmapBuilder.Now.AddMinutes(1), ballot.UpdatedAt);
    }

    [Fact]
    public async Task ExportListsOwnIdeasWithTheirStatus()
    {
        var idea = Assert.Single((await ExportAsync()).Ideas);

        Assert.Equal(_scenario.IdeaId, idea.Id);
        Assert.Equal(WorkshopParticipantScenario.IdeaText, idea.Text);
        Assert.Equal(WorkshopIdeaStatus.Visible, idea.Status);
    }

    [Fact]
    public async Task ExportListsTheRaisedHandAndTheIdeaUpvote()
    {
        var workshops = await ExportAsync();

        Assert.Equal(RoadmapBuilder.Now.AddMinutes(5), Assert.Single(workshops.RaisedHands).RaisedAt);
        Assert.Equal(_scenario.OtherIdeaId, Assert.Single(workshops.IdeaUpvotes).IdeaId);
    }

    [Fact]
    public async Task DeletingTheAccountSignsItsWorkshopNamesAsDeletedParticipant()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var key = ParticipantIdentity.ForUser(_scenario.Participant.Id).Key;
        var names = await Host.WithDbAsync(async db => (
            Attendance: await db.WorkshopAttendances.Where(a => a.ParticipantKey == key).Select(a => a.DisplayName).SingleAsync(),
            Idea: await db.Ideas.Where(i => i.AuthorKey == key).Select(i => i.AuthorName).SingleAsync(),
            Hand: await db.RaisedHands.Where(h => h.ParticipantKey == key).Select(h => h.DisplayName).SingleAsync()));
        Assert.Equal(ParticipantNames.Deleted, names.Attendance);
        Assert.Equal(ParticipantNames.Deleted, names.Idea);
        Assert.Equal(ParticipantNames.Deleted, names.Hand);
    }

    [Fact]
    public async Task DeletingTheAccountLeavesOtherParticipantsNamesAlone()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var names = await Host.WithDbAsync(async db => (
            Idea: await db.Ideas.Where(i => i.Id == _scenario.OtherIdeaId).Select(i => i.AuthorName).SingleAsync(),
            Hand: await db.RaisedHands.Where(h => !h.ParticipantKey.Contains(_scenario.Participant.Id.ToString("N"))).Select(h => h.DisplayName).SingleAsync()));
        Assert.Equal(WorkshopParticipantScenario.OtherName, names.Idea);
        Assert.Equal(WorkshopParticipantScenario.OtherName, names.Hand);
    }

    [Fact]
    public async Task DeletingTheAccountKeepsThePollTallyUnchanged()
    {
        var before = await TallyAsync();

        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        var after = await TallyAsync();
        Assert.Equal(2, after.Ballots);
        Assert.Equal("1,1,1", string.Join(',', after.Options.Select(o => o.Votes)));
        Assert.Equal(before.Ballots, after.Ballots);
        Assert.Equal(string.Join(',', before.Options.Select(o => o.Votes)), string.Join(',', after.Options.Select(o => o.Votes)));
    }

    [Fact]
    public async Task DeletedAuthorsIdeaNoLongerPointsToTheAccount()
    {
        await Host.SendAsync(new DeleteMyAccount(Accounts.Password));

        Assert.Null(await Host.WithDbAsync(db => db.Ideas.Where(i => i.Id == _scenario.IdeaId).Select(i => i.AuthorUserId).SingleAsync()));
    }

    private async Task<WorkshopParticipationData> ExportAsync() => (await Host.SendAsync(new ExportMyData())).Workshops;

    private Task<PollTally> TallyAsync() => Host.WithDbAsync(async db => (await PollTallies.ComputeAsync(db, _scenario.PollId, CancellationToken.None))!);
}
