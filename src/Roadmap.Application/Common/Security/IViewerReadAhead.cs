namespace Roadmap.Application.Common.Security;

/// <summary>
/// Told by the web layer, before a page's reads begin, which action the page shows: the scope then reads the caller's
/// facts (teams, follows, mediator grant, unread count) and what they did on that action (follow, support, upvotes) in
/// one statement, instead of one for the header and another for the action (issue 14). Only what is read changes: a
/// scope told nothing, or told of another action, answers the same.
/// </summary>
public interface IViewerReadAhead
{
    void ForAction(Guid actionId);
}
