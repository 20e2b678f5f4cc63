namespace Roadmap.Web.Errors;

/// <summary>
/// What every edge shows when the Application refuses a request: the HTTP status and title the API
/// answers with, the French message, and the French messages per field of the request (property
/// paths such as <c>Title</c> or <c>Indicators[0].Name</c>; empty unless the input was invalid).
/// The API renders it as a problem, the hub as a <c>HubException</c>, a form next to its fields.
/// </summary>
public sealed record Refusal(int Status, string Title, string Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    /// <summary>One sentence for a client that has no fields to show: the field messages when there are, else the message.</summary>
    public string Sentence => SentenceOf(Message, FieldErrors);

    public static string SentenceOf(string message, IReadOnlyDictionary<string, string[]> fieldErrors) =>
        fieldErrors.Count > 0 ? string.Join(" ", fieldErrors.Values.SelectMany(m => m).Distinct()) : message;
}
