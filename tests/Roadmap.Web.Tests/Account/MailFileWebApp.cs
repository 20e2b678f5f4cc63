using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>
/// The web app (<see cref="WebApp"/>) in Development with its own mail sender (.eml files in the data
/// folder, next to the test's SQLite file) and every log record captured, at every level.
/// </summary>
public sealed class MailFileWebApp : WebApp
{
    public CapturingLoggerProvider Logs { get; } = new();

    public string MailFolder => Path.Combine(DataFolder, "mails");

    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) =>
        root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace)));
}
