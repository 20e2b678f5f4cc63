namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// The submit buttons of the action form (their <c>value</c>): only « Enregistrer » saves; the others
/// change the form and show it again, so it works without JavaScript.
/// </summary>
public static class ActionFormCommands
{
    public const string Save = "enregistrer";
    public const string Preview = "previsualiser";
    public const string AddIndicator = "ajouter-indicateur";
    public const string AddPooling = "ajouter-mutualisation";

    /// <summary>The « Chercher » of an organisation picker: the form comes back with the matches.</summary>
    public const string Search = "chercher";

    private const string RemoveIndicatorPrefix = "retirer-indicateur-";
    private const string RemovePoolingPrefix = "retirer-mutualisation-";

    public static string RemoveIndicator(int index) => RemoveIndicatorPrefix + index;

    public static string RemovePooling(int index) => RemovePoolingPrefix + index;

    /// <summary>Applies an editing command to the form; false when the command is a save.</summary>
    public static bool TryApply(ActionFormModel form, string? command)
    {
        switch (command)
        {
            case AddIndicator:
                form.Indicators.Add(new IndicatorRow());
                return true;
            case AddPooling:
                form.PoolingOptions.Add(new PoolingRow());
                return true;
            case Preview or Search:
                return true;
        }

        if (Index(command, RemoveIndicatorPrefix) is { } indicator)
        {
            RemoveAt(form.Indicators, indicator);
            return true;
        }

        if (Index(command, RemovePoolingPrefix) is { } pooling)
        {
            RemoveAt(form.PoolingOptions, pooling);
            return true;
        }

        return false;
    }

    private static void RemoveAt<T>(List<T> rows, int index)
    {
        if (index < rows.Count)
        {
            rows.RemoveAt(index);
        }
    }

    private static int? Index(string? command, string prefix) =>
        command is not null && command.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(command.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index : null;
}
