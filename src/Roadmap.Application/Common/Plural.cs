namespace Roadmap.Application.Common;

public static class Plural
{
    /// <summary>French rule: 0 and 1 take the singular.</summary>
    public static string Of(int count, string singular, string plural) => count <= 1 ? singular : plural;
}
