using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR;
using NetArchTest.Rules;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Architecture.Tests;

public sealed class WebRules
{
    /// <summary>Composition: the only Web types that may name Infrastructure (they register it and run its commands).</summary>
    private static readonly string[] Composition =
    [
        "Program",
        "Roadmap.Web.WebServiceCollectionExtensions",
        "Roadmap.Web.WebApplicationExtensions",
        "Roadmap.Web.CommandLine",
    ];

    private static readonly string[] Database =
    [
        typeof(IRoadmapDbContext).FullName!,
        "Microsoft.EntityFrameworkCore",
    ];

    [Fact]
    public void WebReachesInfrastructureOnlyFromComposition()
    {
        var result = Layers.WebTypes.That().HaveDependencyOnAny(Layers.Infrastructure).GetTypes();
        var outside = result.Select(t => t.FullName!).Where(name => !Composition.Contains(RuleAssert.Owner(name))).ToList();

        Assert.True(outside.Count == 0, $"Only composition may name Roadmap.Infrastructure; pages, endpoints and hubs go through Application:\n  {string.Join("\n  ", outside)}");
    }

    [Fact]
    public void WebLoadsTheDemoOnlyFromComposition()
    {
        var result = Layers.WebTypes.That().HaveDependencyOnAny(Layers.Demo).GetTypes();
        var outside = result.Select(t => t.FullName!).Where(name => !Composition.Contains(RuleAssert.Owner(name))).ToList();

        Assert.True(outside.Count == 0, $"The demo data is loaded at start-up in Development, by composition only:\n  {string.Join("\n  ", outside)}");
    }

    [Theory]
    [InlineData(Layers.Application)]
    [InlineData(Layers.Infrastructure)]
    public void OnlyTheWebAppReferencesTheDemo(string assembly)
    {
        var references = (assembly == Layers.Application ? Layers.ApplicationAssembly : Layers.InfrastructureAssembly).GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => r.Name == Layers.Demo);
    }

    [Fact]
    public void WebReadsAndWritesDataOnlyThroughRequests()
    {
        var result = Layers.WebTypes.That().HaveDependencyOnAny(Database).GetTypes();
        var outside = result.Select(t => t.FullName!).Where(name => !Composition.Contains(RuleAssert.Owner(name))).ToList();

        Assert.True(outside.Count == 0, $"Web code outside composition touches the database instead of sending a request:\n  {string.Join("\n  ", outside)}");
    }

    [Fact]
    public void NoRazorComponentReferencesADbContext() =>
        RuleAssert.Holds(
            Layers.WebTypes.That().Inherit<ComponentBase>().ShouldNot().HaveDependencyOnAny(Database),
            "A Razor component sends requests; it never holds a DbContext.");

    [Fact]
    public void NoHubReferencesADbContext() =>
        RuleAssert.Holds(
            Layers.WebTypes.That().Inherit<Hub>().ShouldNot().HaveDependencyOnAny(Database),
            "A hub method sends requests; it never holds a DbContext.");
}
