using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>A « fiche action » of the demo written as data; <see cref="Writers.DemoActionWriter"/> proposes it through the use case.</summary>
internal sealed record DemoAction
{
    /// <summary>A short name other demo data (merges, comments, co-signatures) refer to.</summary>
    public required string Key { get; init; }

    /// <summary>Position of the axis in its roadmap, from 1.</summary>
    public required int Axis { get; init; }

    /// <summary>Email of the demo account that proposes it, on behalf of its organisation.</summary>
    public required string Proposer { get; init; }

    public required int DaysAgo { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }

    /// <summary>« En bref » in easy-to-read French, one sentence per line; empty for most demo actions, as in real life.</summary>
    public string EasyRead { get; init; } = "";
    public required IReadOnlyList<IndicatorInput> Indicators { get; init; }
    public ActionBudget Budget { get; init; } = ActionBudget.None;
    public Func<DemoOrganisations, Organisation[]> Partners { get; init; } = _ => [];
    public Func<DemoOrganisations, Organisation[]> Territories { get; init; } = _ => [];
    public IReadOnlyList<PoolingInput> Pooling { get; init; } = [];

    /// <summary>How many participants support it before its status moves on.</summary>
    public int Supports { get; init; }

    public DemoOutcome Outcome { get; init; } = DemoOutcome.StaysProposed;
}
