using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>A pooling option (« option de mutualisation ») as typed in.</summary>
public sealed record PoolingInput(PoolingKind Kind, string Description);
