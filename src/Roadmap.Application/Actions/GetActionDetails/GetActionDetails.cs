using MediatR;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Actions.GetActionDetails;

/// <summary>
/// An action page. <see cref="RoadmapSlug"/> must match, so an id cannot be shown under another roadmap.
/// An action hidden by moderation is served to moderators only (<see cref="ActionVisibility"/>).
/// </summary>
public sealed record GetActionDetails(string RoadmapSlug, Guid ActionId) : IQuery<ActionDetails>;

internal sealed class GetActionDetailsHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, ICurrentUser user) : IRequestHandler<GetActionDetails, ActionDetails>
{
    public Task<ActionDetails> Handle(GetActionDetails request, CancellationToken cancellationToken) =>
        ActionDetailsQuery.LoadAsync(db, markdown, user, request.ActionId, request.RoadmapSlug, cancellationToken);
}
