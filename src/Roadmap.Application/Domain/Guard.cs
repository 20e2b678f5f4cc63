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

    /// <summary>A name is one line: line breaks, tabs and other control characters become one space, runs of spaces one.</summary>
    public static string OneLine(string? text) =>
        string.Join(' ', new string([.. (text ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
