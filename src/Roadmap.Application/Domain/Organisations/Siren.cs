namespace Roadmap.Application.Domain.Organisations;

/// <summary>The SIREN of a French legal person: 9 digits whose last is a Luhn check digit.</summary>
public static class Siren
{
    /// <summary>The SIREN without spaces (« 217 201 813 » → « 217201813 »), or null when nothing is given.</summary>
    public static string? Normalise(string? siren)
    {
        var compact = siren?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(compact) ? null : compact;
    }

    public static bool IsValid(string? siren)
    {
        if (siren is not { Length: Organisation.SirenLength } || !siren.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < siren.Length; i++)
        {
            var digit = siren[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    public static string InvalidMessage(string siren) => $"Le SIREN « {siren} » n'est pas valide (clé de contrôle).";

    /// <summary>The normalised SIREN, or null; throws with <see cref="InvalidMessage"/> when it is given but wrong.</summary>
    internal static string? Checked(string? siren)
    {
        var normalised = Normalise(siren);
        if (normalised is not null && !IsValid(normalised))
        {
            throw new DomainRuleException(InvalidMessage(normalised.Length > 20 ? normalised[..20] + "…" : normalised));
        }

        return normalised;
    }
}
