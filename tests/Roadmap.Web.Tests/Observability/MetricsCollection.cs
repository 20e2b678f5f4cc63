namespace Roadmap.Web.Tests.Observability;

/// <summary>
/// The metrics tests run alone, after the others: disposing a <c>Meter</c> stops every <c>Meter</c> of the same name
/// in the process (open-telemetry/opentelemetry-dotnet#6412), and each test host's <c>RoadmapMetrics</c> disposes its
/// own « Roadmap » meter when the host ends — another class's host ending mid-test silenced the counters read here.
/// Creating the meter through the host's <c>IMeterFactory</c> does not help (checked with OpenTelemetry 1.21.0 on two
/// service providers): the factory disposes its meter with the host just the same, and each host's MeterProvider
/// listens to every meter of that name in the process, whichever factory made it, so host A's counter still goes
/// silent once host B ends.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Métriques (seules)";
}
