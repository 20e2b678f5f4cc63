using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Actions.SearchActions;

/// <summary>Reads a status filter by its name (<c>Retained</c>, case-insensitive); numbers are refused.</summary>
public static class ActionStatusNames
{
    public static bool TryParse(string? name, out ActionStatus status)
    {
        foreach (var candidate in Enum.GetValues<ActionStatus>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
