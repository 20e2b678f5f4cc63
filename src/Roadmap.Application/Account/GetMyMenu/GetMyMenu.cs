using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Account.GetMyMenu;

/// <summary>
/// What the header of every page shows the caller: their teams, the mediation entry, the unread count. Answered from the
/// scope's <see cref="Viewer"/>, whose one query the page's audiences share (issue 14); an empty menu when signed out.
/// Staff moderate on their role alone, like every staff check, even once their account's row is gone: the session
/// ends at its next security-stamp check (docs/decisions/041-one-viewer-per-scope.md).
/// </summary>
public sealed record GetMyMenu : IQuery<MyMenu>;

internal sealed class GetMyMenuHandler(Viewer viewer) : IRequestHandler<GetMyMenu, MyMenu>
{
    public async Task<MyMenu> Handle(GetMyMenu request, CancellationToken cancellationToken)
    {
        if (viewer.Id is null)
        {
            return MyMenu.SignedOut;
        }

        var facts = await viewer.FactsAsync(cancellationToken);
        return new MyMenu([.. facts.Teams.Select(t => new MyTeam(t.Slug, t.Title, t.Role))], viewer.IsStaff || facts.Teams.Count > 0, facts.IsMediator, facts.Unread);
    }
}
