namespace Roadmap.Application.Common;

public static class ParticipantNames
{
    /// <summary>Shown instead of the name of someone whose account was deleted.</summary>
    public const string Deleted = "Participant·e supprimé·e";
}
