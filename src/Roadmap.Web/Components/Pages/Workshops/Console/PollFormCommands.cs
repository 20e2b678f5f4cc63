using System.Globalization;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>The submit buttons of the poll builder (their <c>value</c>): only « Ouvrir le sondage » opens it; the others change the rows.</summary>
public static class PollFormCommands
{
    public const string Open = "ouvrir";
    public const string AddOption = "ajouter-option";

    private const string RemoveOptionPrefix = "retirer-option-";

    public static string RemoveOption(int index) => RemoveOptionPrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Applies a row command to the form; false when the command opens the poll.</summary>
    public static bool TryApply(PollFormModel form, string? command)
    {
        if (command == AddOption)
        {
            if (form.Options.Count < Poll.MaxOptions)
            {
                form.Options.Add(new PollOptionRow());
            }

            return true;
        }

        if (command is not null && command.StartsWith(RemoveOptionPrefix, StringComparison.Ordinal)
            && int.TryParse(command.AsSpan(RemoveOptionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index < form.Options.Count)
            {
                form.Options.RemoveAt(index);
            }

            return true;
        }

        return false;
    }
}
