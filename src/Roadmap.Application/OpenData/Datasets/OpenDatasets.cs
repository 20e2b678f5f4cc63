using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData.Datasets;

/// <summary>The datasets every roadmap publishes, in the order of the page, and what they share.</summary>
internal static class OpenDatasets
{
    public static readonly IReadOnlyList<IDataset> All =
        [new ActionsDataset(), new IndicatorsDataset(), new ValuesDataset(), new SupportsDataset(), new PollsDataset(), new CommentsDataset(),
         new MediatedContributionsDataset()];

    public static IDataset? Named(string name) => All.FirstOrDefault(d => d.Definition.Name == name);

    /// <summary>The actions the public sees: those of the roadmap not hidden by moderation. Every dataset starts from them.</summary>
    public static IQueryable<RoadmapAction> VisibleActions(IRoadmapDbContext db, TerritorialRoadmap roadmap) =>
        db.Actions.Where(a => a.RoadmapId == roadmap.Id && a.HiddenAt == null);
}
