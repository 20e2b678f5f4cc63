namespace Roadmap.Application.Account.RegisterAccount;

/// <summary>What registering did. Pages and the API answer both the same way, so nobody learns who has an account.</summary>
public enum RegistrationOutcome
{
    Created,
    AddressAlreadyRegistered,
}
