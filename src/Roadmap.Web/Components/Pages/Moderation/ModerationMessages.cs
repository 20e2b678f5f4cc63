namespace Roadmap.Web.Components.Pages.Moderation;

/// <summary>Confirmations shown after a moderation form redirects back (« ?message=… »).</summary>
public static class ModerationMessages
{
    public const string Hidden = "masque";
    public const string Restored = "retabli";
    public const string VoiceHidden = "voix-masquee";
    public const string VoiceRestored = "voix-retablie";

    public static string? Text(string? key) => key switch
    {
        Hidden => "Le contenu est masqué ; son motif est affiché à sa place.",
        Restored => "Le contenu est visible et ses signalements sont classés.",
        VoiceHidden => "La contribution recueillie est masquée : elle n'apparaît plus sur le site ni dans les données ouvertes.",
        VoiceRestored => "La contribution recueillie est de nouveau visible.",
        _ => null,
    };
}
