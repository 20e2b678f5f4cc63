namespace Roadmap.Web.Tests.Observability;

/// <summary>
/// The metrics tests run alone, after the others: disposing a <c>Meter</c> stops every <c>Meter</c> of the same name
/// in the process (open-telemetry/opentelemetry-dotnet#6412), and each test host's <c>RoadmapMetrics</c> disposes its
/// own « Roadmap » meter when the host ends — another class's host ending mid-test silenced the counters read here.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Métriques (seules)";
}
