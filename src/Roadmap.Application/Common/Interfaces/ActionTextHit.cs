namespace Roadmap.Application.Common.Interfaces;

/// <summary>An action that matches a free-text search and how relevant it is (higher first).</summary>
public sealed record ActionTextHit(Guid ActionId, double Rank);
