using System.Globalization;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>Reads numbers typed the French way (« 120 000,50 ») or the international way (« 120000.50 »).</summary>
public static class FrenchNumber
{
    public static decimal? Read(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '€')]).Replace(',', '.');
        if (decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [message];
        return null;
    }
}
