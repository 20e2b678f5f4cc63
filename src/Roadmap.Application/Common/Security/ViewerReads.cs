using Roadmap.Application.Common.Caching;

namespace Roadmap.Application.Common.Security;

/// <summary>The caller's facts and what they did on the page's action, as the one statement of an action page reads them.</summary>
internal sealed record ViewerWithAction(ViewerFacts Facts, ViewerOnAction OnAction);

/// <summary>
/// What one account's facts are, kept between scopes (docs/decisions/052-viewer-kept-between-requests.md): the same for
/// whoever asks about that account, which is always the account itself; the key names it, no current user is read.
/// </summary>
internal sealed record ViewerFactsRead(Guid UserId) : ISharedRead<ViewerFacts>;

/// <summary>What one account did on one action (<see cref="ViewerOnAction"/>), kept like <see cref="ViewerFactsRead"/>.</summary>
internal sealed record ViewerOnActionRead(Guid UserId, Guid ActionId) : ISharedRead<ViewerOnAction>;

/// <summary>Both, as an action page told ahead reads them (<see cref="IViewerReadAhead"/>), kept like <see cref="ViewerFactsRead"/>.</summary>
internal sealed record ViewerWithActionRead(Guid UserId, Guid ActionId) : ISharedRead<ViewerWithAction>;

/// <summary>The roadmap an action belongs to (<see cref="Viewer.RoadmapOfActionAsync"/>): the same for everyone.</summary>
internal sealed record RoadmapOfActionRead(Guid ActionId) : ISharedRead<Guid?>;
