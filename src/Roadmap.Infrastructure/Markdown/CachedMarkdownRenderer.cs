using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Markdown;

/// <summary>
/// Remembers the safe HTML of texts already rendered: the same description or comment is shown on every
/// request, to everyone, and parsing it again then sanitising the HTML (AngleSharp builds a whole DOM) was a
/// large share of a page's CPU. The output depends only on the text, so a text's SHA-256 is its key; the
/// cache has its own size limit (in characters of HTML), so it can neither grow without bound nor push out
/// the app's other cached entries.
/// </summary>
internal sealed class CachedMarkdownRenderer(IMarkdownRenderer renderer) : IMarkdownRenderer, IDisposable
{
    /// <summary>About 64 MB of UTF-16 HTML at most.</summary>
    internal const long CharacterLimit = 32_000_000;

    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CharacterLimit });

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var key = Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(markdown.AsSpan())));
        if (_cache.TryGetValue(key, out string? html))
        {
            return html!;
        }

        html = renderer.ToSafeHtml(markdown);
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = Math.Max(1, html.Length), SlidingExpiration = Unused });
        return html;
    }

    public void Dispose() => _cache.Dispose();
}
