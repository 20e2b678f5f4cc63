namespace Roadmap.Application.Account;

/// <summary>The <c>Account</c> section of the configuration.</summary>
public sealed class AccountOptions
{
    public const string Section = "Account";

    /// <summary>
    /// An account signs in only once its address is confirmed. The web host defaults it to true
    /// outside Development, so a developer can sign in without reading a mail.
    /// </summary>
    public bool RequireConfirmedEmail { get; set; } = true;
}
