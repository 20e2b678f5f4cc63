namespace Roadmap.Application.Domain.Inclusion;

public static class InclusionLabels
{
    public static string French(this AgeBracket bracket) => bracket switch
    {
        AgeBracket.Under18 => "moins de 18 ans",
        AgeBracket.From18To29 => "18 à 29 ans",
        AgeBracket.From30To44 => "30 à 44 ans",
        AgeBracket.From45To59 => "45 à 59 ans",
        AgeBracket.From60To74 => "60 à 74 ans",
        _ => "75 ans et plus",
    };

    public static string French(this MediatedContributionKind kind) => kind switch
    {
        MediatedContributionKind.Support => "Soutien",
        MediatedContributionKind.Comment => "Commentaire",
        _ => "Idée",
    };
}
