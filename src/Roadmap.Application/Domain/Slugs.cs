using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Roadmap.Application.Domain;

/// <summary>Readable, stable URL segments (« feuille-de-route-sarthe »).</summary>
public static partial class Slugs
{
    public static string From(string text)
    {
        var decomposed = text.Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NonSlugChars().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > TerritorialRoadmapSlugMax ? slug[..TerritorialRoadmapSlugMax].TrimEnd('-') : slug;
    }

    public static string Validate(string slug)
    {
        if (!ValidSlug().IsMatch(slug ?? "") || slug!.Length > TerritorialRoadmapSlugMax)
        {
            throw new DomainRuleException("L'adresse courte ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.");
        }

        return slug;
    }

    private const int TerritorialRoadmapSlugMax = Roadmaps.TerritorialRoadmap.SlugMaxLength;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugChars();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
