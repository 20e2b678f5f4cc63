using System.Reflection;
using NetArchTest.Rules;

namespace Roadmap.Architecture.Tests;

/// <summary>The production assemblies (and the Development-only demo) and the namespaces the rules speak of.</summary>
internal static class Layers
{
    public const string Domain = "Roadmap.Application.Domain";
    public const string Application = "Roadmap.Application";
    public const string Infrastructure = "Roadmap.Infrastructure";
    public const string Web = "Roadmap.Web";
    public const string Demo = "Roadmap.Demo";

    public static Assembly ApplicationAssembly { get; } = typeof(Application.DependencyInjection).Assembly;

    public static Assembly InfrastructureAssembly { get; } = typeof(Infrastructure.DependencyInjection).Assembly;

    public static Assembly WebAssembly { get; } = typeof(Program).Assembly;

    public static Types ApplicationTypes => Types.InAssembly(ApplicationAssembly);

    public static Types WebTypes => Types.InAssembly(WebAssembly);
}
