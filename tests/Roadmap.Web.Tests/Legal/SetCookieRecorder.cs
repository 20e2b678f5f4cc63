using System.Collections.Concurrent;
using Microsoft.Net.Http.Headers;

namespace Roadmap.Web.Tests.Legal;

/// <summary>
/// Notes the name of every cookie the app stores in the browser. A Set-Cookie that deletes a cookie (empty and
/// already expired, as Identity's sign-out does for its external and two-factor cookies) stores nothing and is left out.
/// </summary>
internal sealed class SetCookieRecorder : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The first address whose answer stored <paramref name="name"/>.</summary>
    public string FirstSetBy(string name) => _names[name];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var cookies))
        {
            foreach (var cookie in SetCookieHeaderValue.ParseList([.. cookies]).Where(c => !IsDeletion(c)))
            {
                _names.TryAdd(cookie.Name.ToString(), request.RequestUri!.PathAndQuery);
            }
        }

        return response;
    }

    private static bool IsDeletion(SetCookieHeaderValue cookie) =>
        cookie.Value.Length == 0 && cookie.Expires is { } expires && expires < DateTimeOffset.UtcNow;
}
