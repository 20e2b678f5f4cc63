using Microsoft.Extensions.Configuration;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Demo.Writers;

/// <summary>
/// The app's public address (<c>Site:PublicUrl</c>) for the links the demo's use cases write (workshop
/// mails); the web host validates the setting itself, so a missing one falls back to the local address.
/// </summary>
internal sealed class DemoPublicUrls(IConfiguration configuration) : IPublicUrls
{
    private readonly Uri _root = new(
        (Uri.TryCreate(configuration["Site:PublicUrl"], UriKind.Absolute, out var root) ? root.AbsoluteUri : "http://localhost:5000/").TrimEnd('/') + "/");

    public string Absolute(string path) => new Uri(_root, path.TrimStart('/')).AbsoluteUri;
}
