namespace Roadmap.Application.Domain.Organisations;

/// <summary>The legal form of an EPCI à fiscalité propre, as the official data gives it (CC, CA, CU, METRO).</summary>
public enum EpciKind
{
    CommunauteDeCommunes = 0,
    CommunauteDAgglomeration = 1,
    CommunauteUrbaine = 2,
    Metropole = 3,
}
