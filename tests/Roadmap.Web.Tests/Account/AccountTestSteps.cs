using AngleSharp.Html.Dom;

namespace Roadmap.Web.Tests.Account;

/// <summary>The account forms as a visitor fills them in.</summary>
internal static class AccountTestSteps
{
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null) =>
        FormPost.SubmitAsync(client, returnUrl is null ? "/compte/connexion" : $"/compte/connexion?returnUrl={Uri.EscapeDataString(returnUrl)}", "connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password, string confirmation) =>
        FormPost.SubmitAsync(client, "/compte/inscription", "inscription", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Dominique Essai",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmation,
        });

    public static Task<HttpResponseMessage> AskForResetLinkAsync(HttpClient client, string email) =>
        FormPost.SubmitAsync(client, "/compte/mot-de-passe-oublie", "mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = email });

    /// <summary>Where a redirect goes, as a path and query of this site.</summary>
    public static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
