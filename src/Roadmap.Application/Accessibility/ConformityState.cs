namespace Roadmap.Application.Accessibility;

/// <summary>The state of conformity an accessibility statement must announce.</summary>
public enum ConformityState
{
    NotCompliant,
    PartiallyCompliant,
    FullyCompliant,
}

public static class ConformityStates
{
    /// <summary>
    /// The official rule of the RGAA: every applicable criterion met is « totalement conforme », at least half
    /// « partiellement conforme », less « non conforme ».
    /// </summary>
    public static ConformityState From(int met, int applicable) =>
        applicable > 0 && met == applicable ? ConformityState.FullyCompliant
        : applicable > 0 && met * 2 >= applicable ? ConformityState.PartiallyCompliant
        : ConformityState.NotCompliant;

    /// <summary>« partiellement conforme », as the statement and the footer write it.</summary>
    public static string Label(this ConformityState state) => state switch
    {
        ConformityState.FullyCompliant => "totalement conforme",
        ConformityState.PartiallyCompliant => "partiellement conforme",
        _ => "non conforme",
    };
}
