namespace Roadmap.Application.Domain;

/// <summary>Checks shared by entity factories; messages are French because users see them.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException($"{label} est obligatoire.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{label} ne doit pas dépasser {maxLength} caractères.");
        }

        return trimmed;
    }

    public static string OptionalText(string? value, int maxLength, string label)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{label} ne doit pas dépasser {maxLength} caractères.");
        }

        return trimmed;
    }
}
