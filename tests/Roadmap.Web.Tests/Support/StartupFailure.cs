using Microsoft.AspNetCore.Mvc.Testing;

namespace Roadmap.Web.Tests.Support;

/// <summary>Starts an app that is expected to refuse, and returns what it said (inner exceptions included).</summary>
public static class StartupFailure
{
    public static string MessageOf(WebApplicationFactory<Program> factory)
    {
        var exception = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(exception);
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
