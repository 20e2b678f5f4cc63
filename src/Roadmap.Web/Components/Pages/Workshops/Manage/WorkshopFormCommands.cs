using System.Globalization;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

/// <summary>
/// The submit buttons of the workshop form (their <c>value</c>): only « Enregistrer » saves; the
/// others change the agenda and show the form again, so it works without JavaScript.
/// </summary>
public static class WorkshopFormCommands
{
    public const string Save = "enregistrer";
    public const string AddAxis = "ajouter-axe";
    public const string AddActions = "ajouter-actions";
    public const string AddTopic = "ajouter-sujet";

    private const string RemovePrefix = "retirer-point-";
    private const string UpPrefix = "monter-point-";
    private const string DownPrefix = "descendre-point-";

    public static string Remove(int index) => RemovePrefix + index.ToString(CultureInfo.InvariantCulture);

    public static string MoveUp(int index) => UpPrefix + index.ToString(CultureInfo.InvariantCulture);

    public static string MoveDown(int index) => DownPrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Applies an agenda command to the form; false when the command is a save.</summary>
    public static bool TryApply(WorkshopFormModel form, string? command)
    {
        var rows = form.Agenda;
        switch (command)
        {
            case AddAxis:
                rows.Add(new AgendaRow { Kind = AgendaItemKind.Axis });
                return true;
            case AddActions:
                rows.Add(new AgendaRow { Kind = AgendaItemKind.Actions });
                return true;
            case AddTopic:
                rows.Add(new AgendaRow { Kind = AgendaItemKind.FreeTopic });
                return true;
        }

        if (Index(command, RemovePrefix) is { } removed)
        {
            if (removed < rows.Count)
            {
                rows.RemoveAt(removed);
            }

            return true;
        }

        if (Index(command, UpPrefix) is { } up)
        {
            Swap(rows, up - 1, up);
            return true;
        }

        if (Index(command, DownPrefix) is { } down)
        {
            Swap(rows, down, down + 1);
            return true;
        }

        return false;
    }

    private static void Swap(List<AgendaRow> rows, int first, int second)
    {
        if (first >= 0 && second < rows.Count)
        {
            (rows[first], rows[second]) = (rows[second], rows[first]);
        }
    }

    private static int? Index(string? command, string prefix) =>
        command is not null && command.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(command.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index : null;
}
