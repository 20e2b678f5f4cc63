namespace Roadmap.Application.Domain;

/// <summary>
/// A text's label and maximum length with the sentence that refuses a longer one: stated once, read
/// by the entity (through <see cref="Guard"/>) and by the validator of the request that carries it.
/// </summary>
public sealed record TextLimit(string Label, int MaxLength)
{
    public string Missing => $"{Label} est obligatoire.";

    public string TooLong => $"{Label} ne doit pas dépasser {MaxLength} caractères.";
}
