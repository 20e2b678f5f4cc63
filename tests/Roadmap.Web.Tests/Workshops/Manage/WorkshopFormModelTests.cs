using Roadmap.Web.Components.Pages.Workshops.Manage;

namespace Roadmap.Web.Tests.Workshops.Manage;

public sealed class WorkshopFormModelTests
{
    [Theory]
    [InlineData("2026-07-01", "18:30", "2026-07-01T16:30:00Z")]
    [InlineData("2026-01-15", "18:30", "2026-01-15T17:30:00Z")]
    [InlineData("15/01/2026", "9:05", "2026-01-15T08:05:00Z")]
    public void ReadsTheDateAndTimeAsParisTime(string date, string time, string utc)
    {
        var draft = new WorkshopFormModel { Date = date, Time = time }.ToDraft([]);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), draft.StartsAt);
    }

    [Fact]
    public void AnHourSkippedBySummerTimeIsRefusedOnTheTimeField()
    {
        var errors = new Dictionary<string, string[]>();

        new WorkshopFormModel { Date = "2026-03-29", Time = "02:30" }.ToDraft(errors);

        Assert.Equal([WorkshopFormModel.TimeField], errors.Keys);
    }

    [Fact]
    public void ADurationThatIsNotANumberIsRefusedOnItsField()
    {
        var errors = new Dictionary<string, string[]>();

        new WorkshopFormModel { Date = "2026-07-01", Time = "18:30", Duration = "1h30" }.ToDraft(errors);

        Assert.Equal([WorkshopFormModel.DurationField], errors.Keys);
    }

    [Fact]
    public void BlankAgendaRowsAreDropped()
    {
        var model = new WorkshopFormModel { Agenda = [new AgendaRow(), new AgendaRow { Topic = "Bilan" }] };

        var draft = model.ToDraft([]);

        Assert.Equal(["Bilan"], draft.Agenda.Select(i => i.Topic));
    }

    [Fact]
    public void AFormShownForEditingGivesBackTheSameStart()
    {
        var start = new DateTimeOffset(2026, 10, 25, 9, 15, 0, TimeSpan.Zero);
        var draft = new Roadmap.Application.Domain.Workshops.WorkshopDraft("Atelier", start, 60, default, "https://v.example.fr", null, false, [], []);

        Assert.Equal(start, WorkshopFormModel.From(draft).ToDraft([]).StartsAt);
    }
}
