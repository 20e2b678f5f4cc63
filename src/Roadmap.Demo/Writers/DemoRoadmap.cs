using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Demo.Writers;

/// <summary>A demo roadmap once set up: what its actions, supports and workshops need to know.</summary>
/// <param name="AxisIds">Its axes' ids, in their order.</param>
internal sealed record DemoRoadmap(string Slug, IReadOnlyList<Guid> AxisIds, VotingRules Rules);
