using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.Ideas;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.Live;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;
using Roadmap.Web.Tests.Workshops.Console;

namespace Roadmap.Web.Tests.Hubs;

/// <summary>What participants leave in the published minutes: never a live link, and no name once their account is erased.</summary>
public sealed class WorkshopMinutesPrivacyTests(ConsoleWebApp app) : IClassFixture<ConsoleWebApp>
{
    private const string Name = "Josiane Vérité-Unique";

    [Fact]
    public async Task IdeasAndGuestNamesWithUrlsAreNotLinkedInThePublishedMinutes()
    {
        var room = await app.LiveAsync();
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using var guest = await RoomClient.ConnectAsync(app.App);
        await guest.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, "Invité www.pub.example");
        await guest.Connection.InvokeAsync<IdeaView>("PostIdea", "Voir https://evil.example et www.evil.example", null);

        await EndAndPublishAsync(facilitator, room);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{room.WorkshopId}");
        var minutes = page.QuerySelector(".minutes")!;
        Assert.Contains("Voir https://evil.example et www.evil.example", minutes.TextContent, StringComparison.Ordinal);
        Assert.Contains("Invité www.pub.example", minutes.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(minutes.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains(".example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletingTheAccountRemovesTheNameFromPublishedMinutes()
    {
        var room = await app.LiveAsync();
        var email = (await app.NewAccountAsync(password: RoadmapWebFactory.DemoPassword, displayName: Name)).Email!;
        var token = await app.TokenAsync(email);
        await using var facilitator = await app.ParticipantAsync(room, RoleNames.Facilitator);
        await using (var person = await RoomClient.ConnectAsync(app.App, token))
        {
            await person.Connection.InvokeAsync<JoinResult>("Join", room.JoinCode, null);
            await person.Connection.InvokeAsync<IdeaView>("PostIdea", "Un café numérique le samedi", null);
        }

        await EndAndPublishAsync(facilitator, room);
        Assert.Contains(Name, await MarkdownAsync(room), StringComparison.Ordinal);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password = RoadmapWebFactory.DemoPassword }) };
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().SendAsync(delete)).StatusCode);

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{room.WorkshopId}");
        Assert.DoesNotContain(Name, page.QuerySelector(".minutes")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, await MarkdownAsync(room), StringComparison.Ordinal);
        Assert.Contains("Un café numérique le samedi — *Participant·e supprimé·e*", await MarkdownAsync(room), StringComparison.Ordinal);
    }

    private async Task EndAndPublishAsync(RoomClient facilitator, DemoRoom room)
    {
        await facilitator.Connection.InvokeAsync<WorkshopEndedView>("EndWorkshop");
        await app.WithDbAsync(async db =>
        {
            var workshop = await db.Workshops.FirstAsync(w => w.Id == room.WorkshopId);
            workshop.PublishMinutes(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
    }

    private async Task<string> MarkdownAsync(DemoRoom room) =>
        await app.Anonymous().GetStringAsync($"/ateliers/{room.WorkshopId}/compte-rendu.md");
}
