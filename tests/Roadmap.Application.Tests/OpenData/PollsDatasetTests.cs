using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.OpenData.ListDatasets;
using Roadmap.Application.OpenData.OpenDataset;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.OpenData;

public sealed class PollsDatasetTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task OnlyClosedPollsArePublishedWithTheirTotalsPerOptionAndTheGuestSplit()
    {
        var closed = await OpenAsync(PollKind.SingleChoice);
        await VoteAsync(await _scene.MemberAsync(), closed, closed.Options[0].Id);
        await VoteAsync(await _scene.MemberAsync(name: "Alix Seconde"), closed, closed.Options[0].Id);
        await VoteAsync(await _scene.GuestAsync(), closed, closed.Options[1].Id);
        await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, closed.Id));
        var open = await OpenAsync(PollKind.SingleChoice);
        await VoteAsync(await _scene.MemberAsync(name: "Camille Ouverte"), open, open.Options[0].Id);

        var rows = await RowsAsync();

        var fields = await FieldsAsync();
        Assert.All(rows, r => Assert.Equal(closed.Id, r[fields.IndexOf("sondage_id")]));
        Assert.Equal([2, 1, 0], rows.Select(r => (int)r[fields.IndexOf("voix")]!));
        Assert.Equal(["Oui", "Non", "Sans avis"], rows.Select(r => (string)r[fields.IndexOf("option")]!));
        Assert.All(rows, r => Assert.Equal(3, r[fields.IndexOf("votants")]));
        Assert.All(rows, r => Assert.Equal(2, r[fields.IndexOf("votants_connectes")]));
        Assert.All(rows, r => Assert.Equal(1, r[fields.IndexOf("votants_invites")]));
        var listed = (await Host.SendAsync(new ListDatasets(_scene.Roadmap.Slug))).Datasets.Single(d => d.Name == "sondages");
        Assert.Equal(3, listed.Rows);
    }

    [Fact]
    public async Task AClosedScaleGivesOneRowPerScoreWithTheAverage()
    {
        var scale = await OpenAsync(PollKind.Scale);
        await _scene.SendAs(await _scene.MemberAsync(), new CastBallot(_scene.WorkshopId, null, scale.Id, new BallotInput(null, null, 4)));
        await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, scale.Id));

        var rows = await RowsAsync();

        var fields = await FieldsAsync();
        Assert.Equal([0, 0, 0, 1, 0], rows.Select(r => (int)r[fields.IndexOf("voix")]!));
        Assert.All(rows, r => Assert.Equal(4m, r[fields.IndexOf("moyenne")]));
        var listed = (await Host.SendAsync(new ListDatasets(_scene.Roadmap.Slug))).Datasets.Single(d => d.Name == "sondages");
        Assert.Equal(5, listed.Rows);
    }

    private async Task<List<string>> FieldsAsync() =>
        [.. (await Host.SendAsync(new OpenDataset(_scene.Roadmap.Slug, "sondages"))).Definition.Fields.Select(f => f.Name)];

    private async Task<List<object?[]>> RowsAsync()
    {
        return await Host.SendAndReadAsync(new OpenDataset(_scene.Roadmap.Slug, "sondages"), async download =>
        {
            var rows = new List<object?[]>();
            await foreach (var row in download.Rows)
            {
                rows.Add(row);
            }

            return rows;
        });
    }

    private Task<PollView> OpenAsync(PollKind kind) =>
        _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, new PollDraft(
            kind, "Êtes-vous d'accord ?", kind == PollKind.Scale ? null : [new("Oui", null), new("Non", null), new("Sans avis", null)], null, null, null)));

    private Task<MyBallotView> VoteAsync(Participant voter, PollView poll, Guid optionId) =>
        _scene.SendAs(voter, new CastBallot(_scene.WorkshopId, voter.GuestToken, poll.Id, new BallotInput([optionId], null, null)));
}
