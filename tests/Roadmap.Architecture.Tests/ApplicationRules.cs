using System.Reflection;
using MediatR;
using NetArchTest.Rules;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Architecture.Tests;

public sealed class ApplicationRules
{
    private static readonly string[] ForbiddenAssemblyPrefixes =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore.Sqlite",
        "Microsoft.EntityFrameworkCore.SqlServer",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "Microsoft.Data.SqlClient",
        "Roadmap.Infrastructure",
        "Roadmap.Web",
    ];

    [Fact]
    public void ApplicationReferencesNoWebFrameworkNoDatabaseProviderAndNoOuterLayer()
    {
        var offending = Layers.ApplicationAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => ForbiddenAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        Assert.True(offending.Count == 0, $"Roadmap.Application references {string.Join(", ", offending)}.");
    }

    [Fact]
    public void ApplicationUsesNoAspNetCoreTypeButIdentitys() =>
        RuleAssert.Holds(
            Layers.ApplicationTypes.Should().NotHaveDependencyOnAny("Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.SignalR", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql"),
            "Use cases know neither the web edge nor the database provider.");

    [Fact]
    public void RequestHandlersAreInternal() =>
        RuleAssert.Holds(
            Layers.ApplicationTypes.That().ImplementInterface(typeof(IRequestHandler<,>)).Should().NotBePublic(),
            "The web edge reaches a use case by sending its request, never by calling its handler.");

    [Fact]
    public void RequestHandlersDoNotSendOtherRequests() =>
        RuleAssert.Holds(
            Layers.ApplicationTypes.That().ImplementInterface(typeof(IRequestHandler<,>)).ShouldNot().HaveDependencyOnAny(typeof(IMediator).FullName!),
            "A handler that sends a request runs the pipeline (authorisation, validation, transaction) twice: share an internal query piece instead.");

    [Fact]
    public void QueryPiecesThatTakeTheDatabaseAreInternal()
    {
        var exposed = Layers.ApplicationAssembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(IRoadmapDbContext)))
                .Select(m => $"{t.FullName}.{m.Name}"))
            .ToList();

        Assert.True(exposed.Count == 0, $"Public methods taking the database let the web edge bypass the use cases:\n  {string.Join("\n  ", exposed)}");
    }
}
