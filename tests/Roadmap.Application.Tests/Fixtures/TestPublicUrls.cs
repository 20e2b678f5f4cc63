using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>The public address the application tests' mails link to.</summary>
internal sealed class TestPublicUrls : IPublicUrls
{
    public const string Root = "https://roadmap.test/";

    public string Absolute(string path) => Root + path.TrimStart('/');
}
