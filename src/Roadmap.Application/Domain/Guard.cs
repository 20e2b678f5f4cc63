namespace Roadmap.Application.Domain;

/// <summary>Checks shared by entity factories; messages are French because users see them (see <see cref="TextLimit"/>).</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string label) => Text(value, new TextLimit(label, maxLength));

    public static string Text(string? value, TextLimit limit)
    {
        var trimmed = OptionalText(value, limit);
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException(limit.Missing);
        }

        return trimmed;
    }

    public static string OptionalText(string? value, int maxLength, string label) => OptionalText(value, new TextLimit(label, maxLength));

    public static string OptionalText(string? value, TextLimit limit)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > limit.MaxLength)
        {
            throw new DomainRuleException(limit.TooLong);
        }

        return trimmed;
    }
}
