using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Limits;

/// <summary>
/// The web app (<see cref="WebApp"/>) with its real default limits (see <see cref="RoadmapWebFactory.RealLimits"/>).
/// Each client comes from its own address, forwarded as a reverse proxy would, so tests never share a limit.
/// </summary>
public sealed class RealLimitsWebApp() : WebApp(new RoadmapWebFactory { RealLimits = true })
{
    private static int _lastAddress;

    /// <summary>A browser (cookies, no redirects followed) at a fresh address.</summary>
    public HttpClient NewVisitor()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Interlocked.Increment(ref _lastAddress)}");
        return client;
    }
}
