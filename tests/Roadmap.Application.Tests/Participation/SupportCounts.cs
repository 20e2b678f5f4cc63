namespace Roadmap.Application.Tests.Participation;

/// <summary>An action's support counter and its support rows; a failed assertion prints both by name.</summary>
internal sealed record SupportCounts(int Counter, int Rows);
