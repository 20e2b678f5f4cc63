using Roadmap.Application.Actions.ActionForm;

namespace Roadmap.Application.Actions.EditAction;

/// <summary>
/// An action as its edit form starts: <see cref="Current"/> is the edit request that would change
/// nothing; <see cref="Refusal"/> explains in French why the caller may not edit (empty when they may).
/// </summary>
public sealed record EditableAction(Guid Id, string Title, EditAction Current, ActionFormOptions Options, string Refusal)
{
    public bool MayEdit => Refusal.Length == 0;
}
