using System.Globalization;
using System.Text;

namespace Roadmap.Application.Domain.Inclusion;

/// <summary>
/// The resident a mediator met: first name, initial, commune and optional age bracket. Names are one line
/// (line breaks, tabs and control characters become spaces); <see cref="Normalised"/> is how two entries are recognised as the same person.
/// </summary>
public sealed record Resident(string FirstName, string Initial, Guid CommuneId, AgeBracket? AgeBracket)
{
    public const string UnknownAgeBracket = "Choisissez une tranche d'âge de la liste, ou aucune.";

    public static Resident Checked(string? firstName, string? initial, Guid communeId, AgeBracket? ageBracket)
    {
        var name = Guard.Text(Guard.OneLine(firstName), MediatedContribution.FirstNameLimit);
        var letter = Guard.Text(Guard.OneLine(initial).TrimEnd('.').Trim(), MediatedContribution.InitialLimit);
        if (ageBracket is { } bracket && !Enum.IsDefined(bracket))
        {
            throw new DomainRuleException(UnknownAgeBracket);
        }

        return new Resident(name, letter.ToUpperInvariant(), communeId, ageBracket);
    }

    /// <summary>« Jeanne D. »: how the resident is shown next to what they said.</summary>
    public string Shown => $"{FirstName} {Initial}.";

    /// <summary>Case, accents and spaces do not make another person: « Jérôme  d » is « jerome d ».</summary>
    public string Normalised => $"{Normalise(FirstName)}|{Normalise(Initial)}|{CommuneId:N}|{(int?)AgeBracket}";

    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Guard.OneLine(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
