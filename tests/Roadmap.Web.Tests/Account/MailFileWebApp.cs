using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The real app in Development with its own mail sender (.eml files in the data folder, next to the
/// test's SQLite file) and every log record captured, at every level.
/// </summary>
public sealed class MailFileWebApp : IDisposable
{
    private readonly RoadmapWebFactory _root = new();

    public MailFileWebApp()
    {
        App = _root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));
    }

    public WebApplicationFactory<Program> App { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public string MailFolder => Path.Combine(_root.DataFolder, "mails");

    public void Dispose() => _root.Dispose();
}
