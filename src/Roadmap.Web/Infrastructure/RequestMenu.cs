using MediatR;
using Roadmap.Application.Account.GetMyMenu;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The caller's <see cref="MyMenu"/>, asked once per request (scoped) and shared by the header's entries and the team
/// policy: a signed-in page sends one request for its header instead of one per entry (issue 14).
/// </summary>
public sealed class RequestMenu(IMediator mediator)
{
    private Task<MyMenu>? _menu;

    public Task<MyMenu> GetAsync() => _menu ??= mediator.Send(new GetMyMenu());
}
