namespace Roadmap.Application.Domain.Users;

/// <summary>The five Identity roles, from least to most powerful.</summary>
public static class RoleNames
{
    public const string Citizen = nameof(Citizen);
    public const string Actor = nameof(Actor);
    public const string ElectedOfficial = nameof(ElectedOfficial);
    public const string Facilitator = nameof(Facilitator);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All = [Citizen, Actor, ElectedOfficial, Facilitator, Administrator];

    public static string FrenchLabel(string role) => role switch
    {
        Citizen => "Citoyen·ne",
        Actor => "Acteur du territoire",
        ElectedOfficial => "Élu·e",
        Facilitator => "Animateur·rice",
        Administrator => "Administrateur·rice",
        _ => role,
    };
}
