using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Web.Tests.Account;

namespace Roadmap.Web.Tests.Support;

/// <summary>Clients whose requests carry <c>Host: evil.example</c>, as an attacker's would.</summary>
public static class ForgedHost
{
    public const string Host = "evil.example";

    public static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Host}"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A demo account signed in through the forged host (Development does not filter hosts).</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = Client(factory);
        var response = await AccountTestSteps.SignInAsync(client, email, RoadmapWebFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
