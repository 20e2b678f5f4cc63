using Roadmap.Web.Errors;

namespace Roadmap.Web.Components.Shared;

/// <summary>
/// What a form shows when a use case refuses (a <see cref="Refusal"/> rendered for pages): the alert
/// above the form, and the field errors keyed by the request's property path (e.g. <c>Title</c>, <c>Indicators[0].Name</c>).
/// </summary>
public sealed record UseCaseError(string Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public const string FieldsToCorrect = "Le formulaire contient des erreurs : corrigez les champs signalés.";

    public static UseCaseError? From(Exception exception) => Refusals.For(exception) is { } refusal ? From(refusal) : null;

    public static UseCaseError From(Refusal refusal) =>
        new(refusal.FieldErrors.Count > 0 ? FieldsToCorrect : refusal.Message, refusal.FieldErrors);

    /// <summary>One sentence for a small form that has no field to put errors next to.</summary>
    public string Sentence => Refusal.SentenceOf(Message, FieldErrors);

    public IEnumerable<string> For(string field) => FieldErrors.TryGetValue(field, out var messages) ? messages : [];
}
