namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Absolute links from the configured public address (<c>Site:PublicUrl</c>), never from a request's
/// Host header: mails and calendar files carry them outside the site.
/// </summary>
public interface IPublicUrls
{
    /// <param name="path">A site path such as « /compte/courriels », with or without its query.</param>
    string Absolute(string path);
}
