using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Limits;

/// <summary>
/// The real app with its real default limits (see <see cref="RoadmapWebFactory.RealLimits"/>). Each
/// client comes from its own address, forwarded as a reverse proxy would, so tests never share a limit.
/// </summary>
public sealed class RealLimitsWebApp : IDisposable
{
    private static int _lastAddress;

    public RoadmapWebFactory Factory { get; } = new() { RealLimits = true };

    /// <summary>A browser (cookies, no redirects followed) at a fresh address.</summary>
    public HttpClient NewVisitor()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Interlocked.Increment(ref _lastAddress)}");
        return client;
    }

    public void Dispose() => Factory.Dispose();
}
