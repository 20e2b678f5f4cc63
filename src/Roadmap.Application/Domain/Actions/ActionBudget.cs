namespace Roadmap.Application.Domain.Actions;

/// <summary>Estimated cost in euros and how it is funded (free text: « Banque des Territoires 50 % »…).</summary>
public sealed record ActionBudget(decimal? EstimatedAmount, string Funding)
{
    public const int FundingMaxLength = 1_000;
    public const decimal MaxAmount = 10_000_000_000m;

    public static ActionBudget None { get; } = new(null, "");

    internal ActionBudget Checked()
    {
        if (EstimatedAmount is < 0 or > MaxAmount)
        {
            throw new DomainRuleException("Le budget estimé doit être un montant positif raisonnable.");
        }

        return this with { Funding = Guard.OptionalText(Funding, FundingMaxLength, "Le financement") };
    }
}
