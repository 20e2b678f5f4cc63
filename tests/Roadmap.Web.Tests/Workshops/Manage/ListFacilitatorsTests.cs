using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Workshops.ListFacilitators;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>The query behind the co-facilitator choice, sent through the real pipeline as a signed-in caller.</summary>
public sealed class ListFacilitatorsTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    [Fact]
    public async Task ListsTheAccountsWithTheFacilitatorRole()
    {
        var facilitators = await SendAsync(RoleNames.Administrator);

        var demoFacilitator = await UserIdAsync(DemoFacts.Facilitator);
        Assert.Equal([demoFacilitator], facilitators.Select(f => f.Id));
    }

    [Fact]
    public async Task CitizensMayNotListThem()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(RoleNames.Citizen));
    }

    private async Task<IReadOnlyList<FacilitatorOption>> SendAsync(string role)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, role)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListFacilitators());
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync();
    }
}
