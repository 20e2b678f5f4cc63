using System.Reflection;
using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Architecture.Tests;

/// <summary>
/// What a shared read's answer may depend on (docs/decisions/039-shared-read-cache.md): its own value, never the caller.
/// A read marked by mistake would serve one caller's answer to another, so the audit is held here.
/// </summary>
public sealed class SharedReadRules
{
    private static readonly IReadOnlyList<Type> SharedReads = Layers.ApplicationAssembly.GetTypes()
        .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISharedRead<>)))
        .ToList();

    [Fact]
    public void SharedReadsAndTheHandlersOfSharedQueriesReadNoCaller()
    {
        var handlers = Layers.ApplicationAssembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) && SharedReads.Contains(i.GetGenericArguments()[0])));
        var holdingTheCaller = Layers.ApplicationAssembly.GetTypes()
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(ICurrentUser))))
            .Select(t => t.FullName!)
            .Append(typeof(ICurrentUser).FullName!)
            .ToArray();
        var readingTheCaller = Layers.ApplicationTypes.That().HaveDependencyOnAny(holdingTheCaller).GetTypes()
            .Select(t => RuleAssert.Owner(t.FullName!))
            .ToHashSet(StringComparer.Ordinal);

        var offending = SharedReads.Concat(handlers).Select(t => t.FullName!).Where(readingTheCaller.Contains).ToList();

        Assert.True(offending.Count == 0,
            $"An answer kept for every caller must not depend on who asks: take an Audience in the read's value instead.\n  {string.Join("\n  ", offending)}");
    }

    [Fact]
    public void SharedReadsAreRecords()
    {
        var notRecords = SharedReads.Where(t => t.GetMethod("<Clone>$") is null).Select(t => t.FullName!).ToList();

        Assert.True(notRecords.Count == 0, $"A shared read is its own cache key: only a record's value equality says what the answer depends on.\n  {string.Join("\n  ", notRecords)}");
    }

    [Fact]
    public void TheRulesSeeBothKindsOfSharedRead()
    {
        Assert.Contains(SharedReads, t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>)));
        Assert.Contains(SharedReads, t => !t.IsPublic);
    }
}
