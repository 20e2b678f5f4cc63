namespace Roadmap.Application.Common.Security;

/// <summary>
/// What the caller has done on one action, as its page shows it (<see cref="Viewer.OnActionAsync"/>): whether they
/// follow it, whether they support it, and which of its comments (its points d'étape's included) they found useful.
/// </summary>
internal sealed record ViewerOnAction(bool Follows, bool Supports, IReadOnlyList<Guid> UpvotedComments)
{
    public static readonly ViewerOnAction None = new(false, false, []);
}
