using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.FindWorkshopByCode;

namespace Roadmap.Application.Tests.Workshops;

public sealed class FindWorkshopByCodeTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task FindsTheWorkshopWhateverTheCaseSpacesAndDashesTyped()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        Host.User.SignOut();
        var typed = $" {scene.JoinCode[..3].ToLowerInvariant()}-{scene.JoinCode[3..]} ";

        var found = await Host.SendAsync(new FindWorkshopByCode(typed));

        Assert.Equal(scene.WorkshopId, found.Id);
        Assert.Equal(scene.JoinCode, found.JoinCode);
    }

    [Fact]
    public async Task GivesThePublicFactsWithoutJoining()
    {
        var scene = await WorkshopScene.StartAsync(Host, allowGuests: false, openRoom: false);
        Host.User.SignOut();

        var found = await Host.SendAsync(new FindWorkshopByCode(scene.JoinCode));

        Assert.Equal("Atelier inclusion numérique", found.Title);
        Assert.Equal(scene.Roadmap.Slug, found.RoadmapSlug);
        Assert.Equal(WorkshopStatus.Scheduled, found.Status);
        Assert.False(found.AllowGuests);
        Assert.Equal(0, await Host.WithDbAsync(db => Task.FromResult(db.WorkshopAttendances.Count(a => a.WorkshopId == scene.WorkshopId))));
    }

    [Fact]
    public async Task AnUnknownCodeIsNotFound()
    {
        await WorkshopScene.StartAsync(Host, openRoom: false);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new FindWorkshopByCode("ZZZ222")));

        Assert.Equal("Le code d'atelier « ZZZ222 » est introuvable.", error.Message);
    }

    [Fact]
    public async Task SomethingThatCannotBeACodeIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new FindWorkshopByCode("ABC0O1")));
    }

    [Fact]
    public async Task AnEmptyCodeIsAskedFor()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new FindWorkshopByCode(" ")));

        Assert.Contains("Saisissez le code de l'atelier.", error.Errors["JoinCode"]);
    }
}
