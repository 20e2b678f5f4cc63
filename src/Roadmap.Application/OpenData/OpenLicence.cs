namespace Roadmap.Application.OpenData;

/// <summary>The licence of every dataset: the French administrations' open licence, compatible with CC-BY 4.0.</summary>
public static class OpenLicence
{
    public const string Name = "etalab-2.0";
    public const string Title = "Licence Ouverte / Open Licence version 2.0";
    public const string Url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
}
