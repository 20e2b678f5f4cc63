using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;

namespace Roadmap.Application.Tests.Domain;

/// <summary>What a workshop's status allows, stated once on the entity; the pages only read it.</summary>
public sealed class WorkshopStateTests
{
    private static readonly DateTimeOffset Now = RoadmapBuilder.Now;
    private static readonly TerritorialRoadmap Roadmap = new RoadmapBuilder().InPhase(RoadmapPhase.Ateliers).Build();

    [Theory]
    [InlineData(WorkshopStatus.Scheduled, true)]
    [InlineData(WorkshopStatus.Live, true)]
    [InlineData(WorkshopStatus.Closed, false)]
    [InlineData(WorkshopStatus.Cancelled, false)]
    public void OnlyScheduledAndLiveWorkshopsAreOpen(WorkshopStatus status, bool isOpen) =>
        Assert.Equal(isOpen, In(status).IsOpen);

    [Theory]
    [InlineData(WorkshopStatus.Scheduled, null)]
    [InlineData(WorkshopStatus.Live, "Cet atelier est « En cours » : il ne peut plus être modifié.")]
    [InlineData(WorkshopStatus.Closed, "Cet atelier est « Terminé » : il ne peut plus être modifié.")]
    [InlineData(WorkshopStatus.Cancelled, "Cet atelier est « Annulé » : il ne peut plus être modifié.")]
    public void OnlyAScheduledWorkshopMayBeEdited(WorkshopStatus status, string? refusal) =>
        Assert.Equal(refusal, In(status).EditRefusal);

    [Theory]
    [InlineData(WorkshopStatus.Scheduled, null)]
    [InlineData(WorkshopStatus.Live, "Cet atelier est « En cours » : seul un atelier à venir peut être annulé.")]
    [InlineData(WorkshopStatus.Closed, "Cet atelier est « Terminé » : seul un atelier à venir peut être annulé.")]
    public void OnlyAScheduledWorkshopMayBeCancelled(WorkshopStatus status, string? refusal) =>
        Assert.Equal(refusal, In(status).CancelRefusal);

    [Theory]
    [InlineData(WorkshopStatus.Live)]
    [InlineData(WorkshopStatus.Closed)]
    [InlineData(WorkshopStatus.Cancelled)]
    public void EditRefusesWithTheRefusalThePageShows(WorkshopStatus status)
    {
        var workshop = In(status);

        var error = Assert.Throws<DomainRuleException>(() => workshop.Edit(Roadmap, WorkshopScene.Draft(Roadmap), new HashSet<Guid>(), Now));

        Assert.Equal(workshop.EditRefusal, error.Message);
    }

    [Theory]
    [InlineData(WorkshopStatus.Live)]
    [InlineData(WorkshopStatus.Cancelled)]
    public void CancelRefusesWithTheRefusalThePageShows(WorkshopStatus status)
    {
        var workshop = In(status);

        var error = Assert.Throws<DomainRuleException>(() => workshop.Cancel("Trop tard", Now));

        Assert.Equal(workshop.CancelRefusal, error.Message);
    }

    [Theory]
    [InlineData(WorkshopStatus.Scheduled, false)]
    [InlineData(WorkshopStatus.Live, false)]
    [InlineData(WorkshopStatus.Closed, true)]
    [InlineData(WorkshopStatus.Cancelled, false)]
    public void TheMinutesWaitForTheEndOfTheWorkshop(WorkshopStatus status, bool mayWriteMinutes) =>
        Assert.Equal(mayWriteMinutes, In(status).MinutesRefusal is null);

    [Fact]
    public void AScheduledWorkshopStaysUpcomingPastItsHour() =>
        Assert.True(In(WorkshopStatus.Scheduled).IsUpcomingAt(Now.AddDays(30)));

    [Fact]
    public void ACancelledWorkshopIsUpcomingUntilTheHourItWouldHaveEnded()
    {
        var workshop = In(WorkshopStatus.Cancelled);

        Assert.True(workshop.IsUpcomingAt(workshop.EndsAt));
        Assert.False(workshop.IsUpcomingAt(workshop.EndsAt.AddMinutes(1)));
    }

    [Fact]
    public void AClosedWorkshopIsPast() => Assert.False(In(WorkshopStatus.Closed).IsUpcomingAt(Now));

    private static Workshop In(WorkshopStatus status)
    {
        var workshop = Workshop.Schedule(Roadmap, WorkshopScene.Draft(Roadmap), new HashSet<Guid>(), Guid.NewGuid(), JoinCodes.New(), Now);
        switch (status)
        {
            case WorkshopStatus.Live:
                workshop.OpenRoom(Now);
                break;
            case WorkshopStatus.Closed:
                workshop.OpenRoom(Now);
                workshop.End(Now);
                break;
            case WorkshopStatus.Cancelled:
                workshop.Cancel("Salle indisponible", Now);
                break;
        }

        return workshop;
    }
}
