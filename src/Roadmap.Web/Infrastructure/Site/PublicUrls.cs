using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Web.Infrastructure.Site;

/// <summary>
/// Absolute links built from <c>Site:PublicUrl</c>. A request's Host header is chosen by the client:
/// a link built from it (a reset link, a join QR code) could point to the attacker's site.
/// </summary>
public sealed class PublicUrls : IPublicUrls
{
    public PublicUrls(Uri root)
    {
        Root = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
    }

    /// <summary>The public base address, ending with « / ».</summary>
    public Uri Root { get; }

    /// <param name="path">A site path such as « /rejoindre/ABC123 », with or without its query.</param>
    public string Absolute(string path) => new Uri(Root, path.TrimStart('/')).AbsoluteUri;
}
