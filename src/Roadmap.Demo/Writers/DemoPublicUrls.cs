using Microsoft.Extensions.Configuration;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Links for the use cases that write mails while the demo is seeded (registration's confirmation, workshop minutes):
/// from <c>Site:PublicUrl</c> like the app's. Those mails never leave (<see cref="DirectWrites.SilenceMailAsync"/>).
/// </summary>
internal sealed class DemoPublicUrls(IConfiguration configuration) : IPublicUrls
{
    private readonly Uri _root = new((configuration["Site:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : "http://localhost") + "/");

    public string Absolute(string path) => new Uri(_root, path.TrimStart('/')).AbsoluteUri;
}
