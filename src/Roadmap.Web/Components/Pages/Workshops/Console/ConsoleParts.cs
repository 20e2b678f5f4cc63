namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// The parts of the console that refresh on their own (each is one component, and one fragment at
/// <c>/ateliers/{id}/animation/fragments/{part}</c>), with the id of the section that holds it.
/// </summary>
public static class ConsoleParts
{
    public const string Agenda = "agenda";
    public const string Presence = "presence";
    public const string Hands = "hands";
    public const string Ideas = "ideas";
    public const string Polls = "polls";
    public const string Timer = "timer";

    public static readonly IReadOnlyList<string> All = [Agenda, Presence, Hands, Ideas, Polls, Timer];

    public static string SectionId(string part) => part switch
    {
        Agenda => "ordre-du-jour",
        Presence => "presence",
        Hands => "mains-levees",
        Ideas => "idees",
        Polls => "sondages",
        Timer => "minuteur",
        _ => "console",
    };
}
